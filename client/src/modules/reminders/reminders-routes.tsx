import { InboxPage } from './inbox-page';
import { ReminderSettingsPage } from './reminder-settings-page';

/** /inbox: the viewer's reminders and their own digest setting. */
export function InboxRoutes() {
  return <InboxPage />;
}

/** /reminder-settings: the sysadmin's channels, digest hour and thresholds. */
export function ReminderSettingsRoutes() {
  return <ReminderSettingsPage />;
}
