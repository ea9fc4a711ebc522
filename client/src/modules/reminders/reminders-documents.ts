import { graphql } from '../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          subjectType
          subjectId
          label
          dueDate
          overdue
          count
          link
          read
          createdAt
        }
      }
    }
    notificationCounts {
      total
      unread
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!, $read: Boolean!) {
    markNotificationRead(id: $id, read: $read) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const ReminderPreferenceQuery = graphql(`
  query ReminderPreference {
    reminderPreference {
      digestEnabled
      email
    }
  }
`);

export const UpdateReminderPreferenceMutation = graphql(`
  mutation UpdateReminderPreference($input: UpdateReminderPreferenceInput!) {
    updateReminderPreference(input: $input) {
      digestEnabled
      email
    }
  }
`);

export const ReminderSettingsQuery = graphql(`
  query ReminderSettings {
    reminderSettings {
      id
      version
      digestEnabled
      digestHour
      dueSoonDays
      acknowledgeAfterDays
      planEndWindowDays
      branchOverduePercent
      webhookEnabled
      webhookUrl
      webhookFormat
      emailEnabled
      webhookSecretConfigured
      smtpConfigured
      recentDeliveries {
        channel
        status
        attempts
        lastError
        sentAt
        createdAt
      }
    }
  }
`);

export const UpdateReminderSettingsMutation = graphql(`
  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {
    updateReminderSettings(input: $input) {
      id
      version
      digestEnabled
      digestHour
      dueSoonDays
      acknowledgeAfterDays
      planEndWindowDays
      branchOverduePercent
      webhookEnabled
      webhookUrl
      webhookFormat
      emailEnabled
    }
  }
`);
