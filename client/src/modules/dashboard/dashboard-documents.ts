import { graphql } from '../../gql';

export const DashboardQueryDocument = graphql(`
  query Dashboard($branchId: ID, $from: String, $to: String) {
    dashboard(branchId: $branchId, from: $from, to: $to) {
      branch {
        id
        name
      }
      from
      to
      asOf
      officersHelped
      pairings {
        total
        active
        inReview
        concluded
        escalated
        cancelled
      }
      pairingsByReason {
        reason
        count
      }
      overduePairings
      visitCount
      followUpVisits
      forumSessions
      acknowledgmentRate
      actionItems {
        total
        done
        doneOnTime
        open
        overdue
        completionRate
      }
      talkCount
      contactsByMonth {
        month
        visits
        followUps
        talks
      }
      ratings {
        rating
        count
      }
      branches {
        branch {
          id
          name
        }
        officersHelped
        active
        inReview
        overdue
        overdueShare
        contacts
        followUps
        talks
        acknowledgmentRate
      }
    }
  }
`);
