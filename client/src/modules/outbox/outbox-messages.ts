// Texts of drafts and the outbox shared by the record forms and the header; zh-CN first.
import type { Messages } from '../../i18n/messages';

export const outboxZh = {
  kind: { visit: '走访记录', talk: '谈话记录', forum: '座谈会记录' },
  pendingAtButton: '待发送：网络恢复后自动提交',
  pendingHint: '已保存在本机，联网后会自动提交，无需重复操作',
  sent: '待发送的{{kind}}已提交',
  failed: '待发送的{{kind}}未能提交：{{message}}',
  badge: '{{count}} 条记录待发送',
  badgeEmpty: '没有待发送的记录',
  queuedAt: '{{time}} 保存',
  logoutTitle: '退出登录将删除未发送的记录',
  logoutBody: '本机有 {{count}} 条尚未发送的记录，退出登录后这些记录和草稿都将被删除，无法恢复。',
  logoutOk: '仍然退出',
  logoutCancel: '取消',
  returned: '被退回：{{reason}}',
  returnedHint: '填写的内容已保留为草稿，可修改后重新提交，或删除草稿。',
  returnedDiscard: '删除草稿',
  returnedItem: '{{kind}} · {{label}} · 被退回',
  returnedCount: '{{count}} 条记录被退回',
};

export const outboxEn: Messages<typeof outboxZh> = {
  kind: { visit: 'visit', talk: 'talk record', forum: 'forum record' },
  pendingAtButton: 'Pending: it will be sent when the connection returns',
  pendingHint: 'Saved on this device; it is sent automatically once online, no need to submit again',
  sent: 'The pending {{kind}} was sent',
  failed: 'The pending {{kind}} could not be sent: {{message}}',
  badge: '{{count}} record(s) pending',
  badgeEmpty: 'Nothing pending',
  queuedAt: 'saved {{time}}',
  logoutTitle: 'Logging out deletes unsent records',
  logoutBody:
    '{{count}} record(s) on this device have not been sent yet. Logging out deletes them and every draft; they cannot be recovered.',
  logoutOk: 'Log out anyway',
  logoutCancel: 'Cancel',
  returned: 'Returned: {{reason}}',
  returnedHint: 'What you typed is kept as a draft: correct it and submit again, or discard the draft.',
  returnedDiscard: 'Discard draft',
  returnedItem: '{{kind}} · {{label}} · returned',
  returnedCount: '{{count}} record(s) returned',
};
