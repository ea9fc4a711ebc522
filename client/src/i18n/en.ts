import type { AppMessages } from './zh-cn';
import { dashboardEn } from '../modules/dashboard/dashboard-messages';
import { ledgerEn } from '../modules/ledger/ledger-messages';
import { reviewsEn } from '../modules/reviews/review-messages';
import { actionItemsEn } from '../modules/action-items/action-items-messages';
import { talksEn } from '../modules/talks/talks-messages';
import { outboxEn } from '../modules/outbox/outbox-messages';
import { offlineEn } from '../modules/offline/offline-messages';
import { visitsEn } from '../modules/visits/visits-messages';
import { pairingsEn } from '../modules/pairings/pairings-messages';
import { remindersEn } from '../modules/reminders/reminders-messages';
import { auditEn } from '../modules/audit/audit-messages';
import { errorsEn } from '../modules/api/errors-messages';
import { passwordEn } from '../modules/password/password-messages';
import { adminEn } from '../modules/admin/admin-messages';
import { accountsEn } from '../modules/accounts/accounts-messages';
import { rosterEn } from '../modules/roster/roster-messages';
import { forumsEn } from '../modules/forums/forums-messages';
import { problemsEn } from '../modules/problems/problems-messages';

export const en: AppMessages = {
  pairings: pairingsEn,
  dashboard: dashboardEn,
  reviews: reviewsEn,
  ledger: ledgerEn,
  forums: forumsEn,
  problems: problemsEn,
  app: {
    name: 'Tongxin',
    tagline: 'Pairing assistance',
    title: 'Tongxin · Pairing assistance',
    loading: 'Loading…',
    retry: 'Retry',
    loadFailed: 'Could not load. Check the network and try again.',
  },
  common: {
    colon: ': ',
    today: 'today',
    yesterday: 'yesterday',
    tomorrow: 'tomorrow',
    daysAgo_one: '{{count}} day ago',
    daysAgo_other: '{{count}} days ago',
    daysAgo: '{{count}} days ago',
    inDays_one: 'in {{count}} day',
    inDays_other: 'in {{count}} days',
    inDays: 'in {{count}} days',
    overdueDays_one: '{{count}} day overdue',
    overdueDays_other: '{{count}} days overdue',
    overdueDays: '{{count}} days overdue',
    dueToday: 'due today',
    networkFailure: 'No connection. Check the network and try again.',
    serverUnavailable: 'The server is not answering right now. Try again shortly.',
    requestRefused: 'The request could not be completed. Reload and try again.',
  },
  list: {
    more: 'Load more',
    from: 'From',
    to: 'To',
  },
  lang: {
    switchTo: '中文',
    switchLabel: 'Switch to Chinese',
  },
  role: {
    COMMITTEE: 'Party committee',
    SECRETARY: 'Branch secretary',
    MENTOR: 'Mentor',
    OFFICER: 'Officer',
    SYSADMIN: 'System administrator',
    AUDITOR: 'Security auditor',
  },
  login: {
    subtitle: 'Pairing assistance platform of the bureau',
    username: 'Username',
    password: 'Password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    tooLong: 'At most {{max}} characters',
    submit: 'Sign in',
    badCredentials: 'Wrong username or password',
    rateLimited: 'Too many sign-in attempts. Try again later.',
    failed: 'Sign-in failed. Try again later.',
  },
  shell: {
    menu: 'Menu',
    close: 'Close',
    logout: 'Sign out',
    logoutFailed: 'Sign-out failed. Try again.',
    sessionExpired: 'Your session has ended. Sign in again.',
  },
  pwa: {
    updateTitle: 'A new version is available',
    updateBody: 'Tongxin has been updated. Reload to use the new version.',
    reload: 'Reload',
    later: 'Later',
  },
  nav: {
    dashboard: 'Dashboard',
    home: 'Workspace',
    pairings: 'Pairings',
    visits: 'Visits',
    talks: 'Talks',
    actionItems: 'Action items',
    forums: 'Forums',
    problems: 'Problems',
    reviews: 'Outcome reviews',
    ledger: 'Ledger export',
    audit: 'Audit log',
    branches: 'Branches',
    officers: 'Officers',
    accounts: 'Accounts',
    password: 'Change password',
    inbox: 'Reminders',
    reminderSettings: 'Reminder settings',
  },
  home: {
    committee: 'Committee workspace',
    secretary: 'Branch secretary workspace',
    mentor: 'Mentor workspace',
    officer: 'My page',
    sysadmin: 'Administration workspace',
    auditor: 'Audit workspace',
    roles: 'Roles',
    branch: 'Branch',
    bureau: 'Bureau',
    badgeNumber: 'Badge number',
    position: 'Position',
    sections: 'Available sections',
    noSections: 'No sections available',
    branchKind: { STATION: 'Police station', DEPARTMENT: 'Department' },
    category: { POLICE: 'Police officer', AUXILIARY: 'Auxiliary officer' },
  },
  section: {
    building: 'This section is being built',
    buildingHint: 'It will appear here once it is available.',
  },
  forbidden: {
    title: 'No access',
    hint: 'You are not allowed to view this section.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the workspace',
  },
  visits: visitsEn,
  talks: talksEn,
  outbox: outboxEn,
  offline: offlineEn,
  actionItems: actionItemsEn,
  audit: auditEn,
  errors: errorsEn,
  password: passwordEn,
  admin: adminEn,
  accounts: accountsEn,
  roster: rosterEn,
  reminders: remindersEn,
};
