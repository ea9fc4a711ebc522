import { graphql } from '../../gql';
export { LogVisitMutation } from './log-visit-document';

// The operations of the visit screens, next to them; typed from the committed schema.

export const MentorHomeQuery = graphql(`
  query MentorHome($mentorId: ID!) {
    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {
      edges {
        node {
          id
          lastContactAt
          nextContactDue
          overdue
          mentee {
            ...OfficerName
          }
          visits(first: 5) {
            id
            kind
            occurredAt
            acknowledgedAt
          }
          actionItems(status: OPEN, first: 20) {
            ...ActionItemRow
          }
        }
      }
    }
  }
`);

export const LogVisitPairingQuery = graphql(`
  query LogVisitPairing($id: ID!) {
    pairing(id: $id) {
      status
      startDate
      ...PairingPeople
      actionItems(status: OPEN) {
        ...ActionItemRow
      }
    }
  }
`);

export const VisitsQuery = graphql(`
  query Visits($filter: VisitFilter, $first: Int, $after: String) {
    visits(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...VisitCard
        }
      }
    }
  }
`);

export const VisitQuery = graphql(`
  query Visit($id: ID!) {
    visit(id: $id) {
      ...VisitFieldValues
      acknowledgedAt
      acknowledgmentComment
      author {
        ...OfficerName
      }
      participantMentors {
        ...OfficerName
      }
      forum {
        id
        title
      }
      pairing {
        id
        startDate
        branch {
          id
        }
        mentee {
          ...OfficerName
        }
      }
      actionItems {
        ...ActionItemRow
      }
    }
  }
`);

export const UpdateVisitMutation = graphql(`
  mutation UpdateVisit($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      ...VisitFieldValues
    }
  }
`);

export const AcknowledgeVisitMutation = graphql(`
  mutation AcknowledgeVisit($id: ID!, $comment: String) {
    acknowledgeVisit(id: $id, comment: $comment) {
      id
      acknowledgedAt
      acknowledgmentComment
      locked
      editable
    }
  }
`);

export const OfficerHomeQuery = graphql(`
  query OfficerHome($me: ID!) {
    pairings(filter: { menteeId: $me }, first: 5) {
      edges {
        node {
          id
          status
          goals
          startDate
          plannedEndDate
          lastContactAt
          nextContactDue
          mentors {
            role
            officer {
              ...OfficerName
            }
          }
        }
      }
    }
    visits(filter: { menteeId: $me, acknowledged: false }, first: 20) {
      edges {
        node {
          id
          kind
          occurredAt
          location
          summary
          observations
          author {
            ...OfficerName
          }
        }
      }
    }
    actionItems(filter: { ownerId: $me, status: OPEN }, first: 50) {
      edges {
        node {
          ...ActionItemRow
        }
      }
    }
  }
`);
