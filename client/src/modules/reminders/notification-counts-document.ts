import { graphql } from '../../gql';

// Apart from reminders-documents.ts: the header's bell, part of every signed-in page, needs only this.
export const NotificationCountsQuery = graphql(`
  query NotificationCounts {
    notificationCounts {
      total
      unread
    }
  }
`);
