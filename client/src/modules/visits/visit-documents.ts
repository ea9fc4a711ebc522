import { graphql } from '../../gql';

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
            id
            name
          }
          actionItems(status: OPEN) {
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
      id
      status
      startDate
      mentee {
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
      actionItems(status: OPEN) {
        ...ActionItemRow
      }
    }
  }
`);

export const LogVisitMutation = graphql(`
  mutation LogVisit($input: LogVisitInput!) {
    logVisit(input: $input) {
      id
      pairing {
        id
        lastContactAt
        nextContactDue
        overdue
      }
    }
  }
`);

export const VisitsQuery = graphql(`
  query Visits($filter: VisitFilter, $first: Int, $after: String) {
    visits(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
      id
      kind
      occurredAt
      location
      participants
      summary
      observations
      confidentialNotes
      nextVisitDue
      acknowledgedAt
      acknowledgmentComment
      locked
      editable
      version
      author {
        id
        name
      }
      participantMentors {
        id
        name
      }
      pairing {
        id
        startDate
        mentee {
          id
          name
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
      id
      kind
      occurredAt
      location
      participants
      summary
      observations
      confidentialNotes
      nextVisitDue
      locked
      editable
      version
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
              id
              name
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
            id
            name
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
