import type { ComponentType } from 'react';
import {
  ApartmentOutlined,
  AlertOutlined,
  AuditOutlined,
  BellOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileExcelOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserSwitchOutlined,
  NotificationOutlined,
} from '@ant-design/icons';
import type { Action, SubjectName } from '@tongxin/schema';
import { useAppAbility } from '../auth';

export type SectionKey =
  | 'dashboard'
  | 'pairings'
  | 'visits'
  | 'talks'
  | 'actionItems'
  | 'forums'
  | 'problems'
  | 'reviews'
  | 'ledger'
  | 'audit'
  | 'branches'
  | 'officers'
  | 'accounts'
  | 'inbox'
  | 'reminderSettings';

export interface Section {
  key: SectionKey;
  path: string;
  /** The permission whose absence hides the section (the server refuses the data regardless). */
  action: Action;
  subject: SubjectName;
  icon: ComponentType;
}

// One list drives the side menu, the drawer, the home page's shortcuts and the route guards, so a
// section cannot be visible in one place and hidden in another.
export const SECTIONS: readonly Section[] = [
  { key: 'dashboard', path: '/dashboard', action: 'read', subject: 'Dashboard', icon: DashboardOutlined },
  { key: 'pairings', path: '/pairings', action: 'read', subject: 'Pairing', icon: TeamOutlined },
  { key: 'visits', path: '/visits', action: 'read', subject: 'Visit', icon: HomeOutlined },
  { key: 'talks', path: '/talks', action: 'read', subject: 'Talk', icon: CommentOutlined },
  {
    key: 'actionItems',
    path: '/action-items',
    action: 'read',
    subject: 'ActionItem',
    icon: CheckSquareOutlined,
  },
  // 座谈会 and the problems raised at them: attendees and owners see theirs, secretaries their branch's.
  { key: 'forums', path: '/forums', action: 'read', subject: 'Forum', icon: UsergroupAddOutlined },
  { key: 'problems', path: '/problems', action: 'read', subject: 'Problem', icon: AlertOutlined },
  { key: 'reviews', path: '/reviews', action: 'read', subject: 'OutcomeReview', icon: AuditOutlined },
  { key: 'ledger', path: '/ledger', action: 'export', subject: 'Ledger', icon: FileExcelOutlined },
  { key: 'audit', path: '/audit', action: 'read', subject: 'AuditEvent', icon: HistoryOutlined },
  // Administration (系统管理): keyed on changing, not reading, since secretaries and the committee
  // read branches and officers too. Only the sysadmin's rules allow these.
  { key: 'branches', path: '/branches', action: 'update', subject: 'Branch', icon: ApartmentOutlined },
  { key: 'officers', path: '/officers', action: 'update', subject: 'Officer', icon: IdcardOutlined },
  { key: 'accounts', path: '/accounts', action: 'create', subject: 'Account', icon: UserSwitchOutlined },
  // 提醒: everyone with an inbox (not the sysadmin or the auditor); the channels are the sysadmin's.
  { key: 'inbox', path: '/inbox', action: 'read', subject: 'Notification', icon: BellOutlined },
  {
    key: 'reminderSettings',
    path: '/reminder-settings',
    action: 'update',
    subject: 'ReminderSettings',
    icon: NotificationOutlined,
  },
];

export function sectionByKey(key: SectionKey): Section {
  const section = SECTIONS.find((s) => s.key === key);
  if (!section) throw new Error(`Unknown section ${key}`);
  return section;
}

/** Sections the viewer's rules allow at all (a conditional rule counts: some records may match). */
export function useVisibleSections(): Section[] {
  const ability = useAppAbility();
  return SECTIONS.filter((s) => ability.can(s.action, s.subject));
}
