import { graphql } from '../../gql';

export const ReviewQueueQueryDocument = graphql(`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          id
          reason
          submittedAt
          startDate
          plannedEndDate
          mentee {
            ...OfficerName
          }
          branch {
            ...BranchName
          }
          leadMentor {
            ...OfficerName
          }
          evidence {
            durationDays
            visitCount
            acknowledgmentRate
            contactRegularity
            actionItemsOpen
            actionItemsOverdue
            talkCount
          }
        }
      }
    }
  }
`);

export const OutcomeReviewsQueryDocument = graphql(`
  query OutcomeReviews($first: Int, $after: String) {
    outcomeReviews(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          decision
          rating
          createdAt
          newPlannedEndDate
          pairing {
            id
            mentee {
              ...OfficerName
            }
          }
          branch {
            ...BranchName
          }
        }
      }
    }
  }
`);

export const ReviewPairingDetailQueryDocument = graphql(`
  query ReviewPairingDetail($id: ID!) {
    pairing(id: $id) {
      id
      status
      version
      reason
      goals
      startDate
      plannedEndDate
      contactIntervalDays
      submittedAt
      riskNotes
      ...PairingPeople
      mentee {
        badgeNumber
      }
      branch {
        ...BranchName
      }
      evidence {
        summary
        asOf
        durationDays
        visitCount
        acknowledgedVisits
        acknowledgmentRate
        visitsByKind {
          kind
          count
        }
        actionItemsDone
        actionItemsOpen
        actionItemsOverdue
        actionItemsDropped
        talkCount
        contactIntervals
        contactIntervalsMet
        contactRegularity
      }
      timeline {
        ...TimelineEntryView
      }
      reviews {
        id
        decision
        rating
        comments
        newPlannedEndDate
        createdAt
        reviewer {
          ...OfficerName
        }
      }
    }
  }
`);

export const ReviewPairingMutationDocument = graphql(`
  mutation ReviewPairing($input: ReviewPairingInput!) {
    reviewPairing(input: $input) {
      id
      status
      version
      plannedEndDate
      nextContactDue
    }
  }
`);
