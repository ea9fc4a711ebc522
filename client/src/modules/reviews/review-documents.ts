import { graphql } from '../../gql';

export const ReviewQueueQueryDocument = graphql(`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          submittedAt
          startDate
          plannedEndDate
          mentee {
            id
            name
          }
          branch {
            id
            name
          }
          leadMentor {
            id
            name
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
              id
              name
            }
          }
          branch {
            id
            name
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
      mentee {
        id
        name
        badgeNumber
      }
      branch {
        id
        name
      }
      mentors {
        role
        officer {
          id
          name
        }
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
        id
        kind
        type
        occurredAt
        summary
        status
        dueDate
        actor {
          id
          name
        }
      }
      reviews {
        id
        decision
        rating
        comments
        newPlannedEndDate
        createdAt
        reviewer {
          id
          name
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
