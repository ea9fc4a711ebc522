// Texts of the change-password page (修改密码); zh-CN first, English has the same keys.

export const passwordZh = {
  title: '修改密码',
  forcedTitle: '请先修改初始密码',
  forcedHint: '您正在使用管理员设置的一次性密码。设置自己的新密码后才能使用平台其他功能。',
  policyTitle: '密码要求',
  policy: {
    length: '长度为 12–128 个字符',
    common: '不能是常见密码',
    identity: '不能包含用户名或警号',
  },
  current: '当前密码',
  next: '新密码',
  repeat: '再次输入新密码',
  currentRequired: '请输入当前密码',
  nextRequired: '请输入新密码',
  repeatRequired: '请再次输入新密码',
  tooShort: '密码至少 {{min}} 个字符',
  tooLong: '密码最多 {{max}} 个字符',
  mismatch: '两次输入的新密码不一致',
  submit: '保存新密码',
  done: '密码已修改',
};

export const passwordEn: typeof passwordZh = {
  title: 'Change password',
  forcedTitle: 'Choose your own password first',
  forcedHint:
    'You are using a one-time password set by the administrator. Choose a new password to use the rest of the portal.',
  policyTitle: 'Password rules',
  policy: {
    length: '12 to 128 characters',
    common: 'Not a common password',
    identity: 'Must not contain your username or badge number',
  },
  current: 'Current password',
  next: 'New password',
  repeat: 'Repeat the new password',
  currentRequired: 'Enter your current password',
  nextRequired: 'Enter a new password',
  repeatRequired: 'Repeat the new password',
  tooShort: 'At least {{min}} characters',
  tooLong: 'At most {{max}} characters',
  mismatch: 'The two new passwords differ',
  submit: 'Save the new password',
  done: 'Password changed',
};
