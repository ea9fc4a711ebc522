// Simplified Chinese is the portal's first language: the users write it (结对帮扶, 帮教责任人, 台账).
// This object is also the type every other language must match, so a missing English key fails
// the typecheck instead of showing a raw key to a user.
import { actionItemsZh } from '../modules/action-items/action-items-messages';
import { talksZh } from '../modules/talks/talks-messages';
import { outboxZh } from '../modules/outbox/outbox-messages';
import { offlineZh } from '../modules/offline/offline-messages';
import { visitsZh } from '../modules/visits/visits-messages';
import { dashboardZh } from '../modules/dashboard/dashboard-messages';
import { ledgerZh } from '../modules/ledger/ledger-messages';
import { reviewsZh } from '../modules/reviews/review-messages';
import { pairingsZh } from '../modules/pairings/pairings-messages';
import { auditZh } from '../modules/audit/audit-messages';
import { errorsZh } from '../modules/api/errors-messages';
import type { Messages } from './messages';
import { passwordZh } from '../modules/password/password-messages';
import { adminZh } from '../modules/admin/admin-messages';
import { accountsZh } from '../modules/accounts/accounts-messages';
import { remindersZh } from '../modules/reminders/reminders-messages';
import { rosterZh } from '../modules/roster/roster-messages';
import { forumsZh } from '../modules/forums/forums-messages';
import { problemsZh } from '../modules/problems/problems-messages';

export const zhCN = {
  pairings: pairingsZh,
  dashboard: dashboardZh,
  reviews: reviewsZh,
  ledger: ledgerZh,
  forums: forumsZh,
  problems: problemsZh,
  app: {
    name: '同心',
    tagline: '结对帮扶',
    title: '同心 · 结对帮扶',
    loading: '正在加载…',
    retry: '重试',
    loadFailed: '加载失败，请检查网络后重试',
  },
  // Pieces every module uses: the locale's punctuation, relative dates, transport failures.
  common: {
    colon: '：',
    today: '今天',
    yesterday: '昨天',
    tomorrow: '明天',
    daysAgo: '{{count}} 天前',
    inDays: '{{count}} 天后',
    overdueDays: '逾期 {{count}} 天',
    dueToday: '今天到期',
    networkFailure: '网络连接失败，请检查网络后重试',
    serverUnavailable: '服务器暂时无法响应，请稍后重试',
    requestRefused: '操作未能完成，请刷新后重试',
  },
  // What every record list says the same way (ui/cursor-list.tsx, the date-range filter).
  list: {
    more: '加载更多',
    from: '开始日期',
    to: '结束日期',
  },
  lang: {
    switchTo: 'English',
    switchLabel: '切换到英文',
  },
  role: {
    COMMITTEE: '党委',
    SECRETARY: '支部书记',
    MENTOR: '帮教责任人',
    OFFICER: '民警',
    SYSADMIN: '系统管理员',
    AUDITOR: '安全审计员',
  },
  login: {
    subtitle: '公安分局结对帮扶工作平台',
    username: '用户名',
    password: '密码',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    tooLong: '不能超过 {{max}} 个字符',
    submit: '登录',
    badCredentials: '用户名或密码错误',
    rateLimited: '登录尝试次数过多，请稍后再试',
    failed: '登录失败，请稍后重试',
  },
  shell: {
    menu: '菜单',
    close: '关闭',
    logout: '退出登录',
    logoutFailed: '退出登录失败，请重试',
    sessionExpired: '登录已失效，请重新登录',
  },
  // The service worker's update prompt (modules/pwa/update-prompt.tsx).
  pwa: {
    updateTitle: '新版本可用',
    updateBody: '同心已更新，刷新后使用新版本。',
    reload: '刷新',
    later: '稍后',
  },
  nav: {
    dashboard: '统计分析',
    home: '工作台',
    pairings: '结对帮扶',
    visits: '走访记录',
    talks: '谈心谈话',
    actionItems: '整改事项',
    forums: '座谈会',
    problems: '问题清单',
    reviews: '成效评估',
    ledger: '台账导出',
    audit: '审计日志',
    branches: '支部管理',
    officers: '人员管理',
    accounts: '账号管理',
    password: '修改密码',
    inbox: '提醒',
    reminderSettings: '提醒设置',
  },
  home: {
    committee: '党委工作台',
    secretary: '支部书记工作台',
    mentor: '帮教责任人工作台',
    officer: '民警个人主页',
    sysadmin: '系统管理工作台',
    auditor: '安全审计工作台',
    roles: '角色',
    branch: '所在支部',
    bureau: '所属分局',
    badgeNumber: '警号',
    position: '职务',
    sections: '可用栏目',
    noSections: '暂无可用栏目',
    branchKind: { STATION: '派出所', DEPARTMENT: '机关部门' },
    category: { POLICE: '民警', AUXILIARY: '辅警' },
  },
  section: {
    building: '该栏目正在建设中',
    buildingHint: '功能上线后将在此处显示。',
  },
  forbidden: {
    title: '无权访问',
    hint: '您没有查看该栏目的权限。',
  },
  notFound: {
    title: '页面不存在',
    back: '返回工作台',
  },
  visits: visitsZh,
  talks: talksZh,
  outbox: outboxZh,
  offline: offlineZh,
  actionItems: actionItemsZh,
  audit: auditZh,
  errors: errorsZh,
  password: passwordZh,
  admin: adminZh,
  accounts: accountsZh,
  roster: rosterZh,
  reminders: remindersZh,
};

// English plural forms (`key_one`, `key_other`, which i18next picks by count) may stand beside a key;
// Chinese has none.
type PluralForms = { [k: `${string}_one` | `${string}_other`]: string };
export type AppMessages = Messages<typeof zhCN, PluralForms>;
