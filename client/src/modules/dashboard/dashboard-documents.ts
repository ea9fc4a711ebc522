import { graphql } from '../../gql';

export const DashboardQueryDocument = graphql(`
  query Dashboard($branchId: ID, $from: String, $to: String) {
    dashboard(branchId: $branchId, from: $from, to: $to) {
      branch {
        ...BranchName
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
      problems {
        raised
        fixedOnTheSpot
        closed
        overdue
      }
      acknowledgmentRate
      actionItems {
        total
        counted
        done
        doneOnTime
        open
        overdue
        completionRate
      }
      talkCount
      contactsByMonth {
        month
        partial
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
          ...BranchName
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

/** The committee's to-do: what waits for them, not the figures (those are on 统计分析). */
export const CommitteeTodoQueryDocument = graphql(`
  query CommitteeTodo {
    escalated: pairings(filter: { status: [ESCALATED] }, first: 20) {
      totalCount
      edges {
        node {
          id
          reason
          mentee {
            ...OfficerName
          }
          branch {
            ...BranchName
          }
        }
      }
    }
    dashboard {
      from
      to
      overduePairings
      branches {
        branch {
          ...BranchName
        }
        active
        overdue
        overdueShare
      }
    }
  }
`);
