import { graphql } from '../../gql';

export const PairingListItemFragment = graphql(`
  fragment PairingListItem on Pairing {
    id
    status
    reason
    pairingType
    startDate
    plannedEndDate
    nextContactDue
    overdue
    attention
    version
    mentee {
      ...OfficerName
      badgeNumber
    }
    branch {
      ...BranchName
    }
    leadMentor {
      ...OfficerName
    }
  }
`);

/** A mentor at the capacity limit, as the create and handover forms word it. */
export const CapacityWarningFragment = graphql(`
  fragment CapacityWarning on MentorLoad {
    officerId
    activeCount
    limit
    officer {
      ...OfficerName
    }
  }
`);

export const PairingsListDocument = graphql(`
  query PairingsList($filter: PairingFilter, $orderBy: PairingOrderBy, $first: Int, $after: String) {
    pairings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        cursor
        node {
          ...PairingListItem
        }
      }
    }
  }
`);

export const OfficerOptionsDocument = graphql(`
  query OfficerOptions($filter: OfficerFilter, $first: Int) {
    officers(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          badgeNumber
          position
          isMentor
          flaggedReason
          activeMentoringCount
          currentPairing {
            id
          }
          branch {
            ...BranchName
          }
        }
      }
    }
  }
`);

export const OfficerByIdDocument = graphql(`
  query OfficerById($id: ID!) {
    officer(id: $id) {
      id
      name
      badgeNumber
      flaggedReason
    }
  }
`);

export const MentorCapacityDocument = graphql(`
  query MentorCapacity($mentorIds: [ID!]!) {
    mentorCapacity(mentorIds: $mentorIds) {
      officerId
      activeCount
      limit
      atCapacity
      officer {
        ...OfficerName
      }
    }
  }
`);

export const CreatePairingDocument = graphql(`
  mutation CreatePairing($input: CreatePairingInput!) {
    createPairing(input: $input) {
      warnings
      capacityWarnings {
        ...CapacityWarning
      }
      pairing {
        id
      }
    }
  }
`);

export const PairingDetailDocument = graphql(`
  query PairingDetail($id: ID!) {
    pairing(id: $id) {
      id
      status
      reason
      goals
      pairingType
      startDate
      plannedEndDate
      contactIntervalDays
      riskNotes
      lastContactAt
      nextContactDue
      overdue
      attention
      reviewSummary
      submittedAt
      cancelReason
      version
      mentee {
        ...OfficerName
        badgeNumber
        position
      }
      branch {
        ...BranchName
      }
      mentors {
        role
        startedAt
        officer {
          ...OfficerName
        }
      }
      mentorHistory {
        role
        startedAt
        endedAt
        officer {
          ...OfficerName
        }
      }
      visitCounts {
        kind
        count
      }
      timeline(newestFirst: true) {
        ...TimelineEntryView
      }
    }
  }
`);

export const UpdatePairingDocument = graphql(`
  mutation UpdatePairing($input: UpdatePairingInput!) {
    updatePairing(input: $input) {
      capacityWarnings {
        ...CapacityWarning
      }
      pairing {
        id
        version
      }
    }
  }
`);

export const CancelPairingDocument = graphql(`
  mutation CancelPairing($id: ID!, $reason: String!, $version: Int) {
    cancelPairing(id: $id, reason: $reason, version: $version) {
      id
      status
      version
    }
  }
`);

export const SubmitPairingDocument = graphql(`
  mutation SubmitPairingForReview($id: ID!, $summary: String!, $version: Int) {
    submitPairingForReview(id: $id, summary: $summary, version: $version) {
      id
      status
      version
    }
  }
`);

export const SecretaryHomeDocument = graphql(`
  query SecretaryHome($branchId: ID!) {
    active: pairings(filter: { branchId: $branchId, status: [ACTIVE] }, orderBy: NEXT_CONTACT_DUE, first: 8) {
      totalCount
      edges {
        node {
          ...PairingListItem
        }
      }
    }
    awaitingAck: pairings(
      filter: { branchId: $branchId, status: [ACTIVE, IN_REVIEW], awaitingAcknowledgment: true }
      orderBy: UPDATED_AT
      first: 5
    ) {
      totalCount
      edges {
        node {
          ...PairingListItem
        }
      }
    }
    inReview: pairings(filter: { branchId: $branchId, status: [IN_REVIEW] }, orderBy: UPDATED_AT, first: 5) {
      totalCount
      edges {
        node {
          ...PairingListItem
        }
      }
    }
    flagged: officers(filter: { branchId: $branchId, flagged: true, paired: false }, first: 10) {
      totalCount
      edges {
        node {
          id
          name
          badgeNumber
          position
          flaggedReason
        }
      }
    }
  }
`);

/** The officer's own live pairing (the default list is the live ones), for their 结对帮扶 page. */
export const OwnPairingDocument = graphql(`
  query OwnPairing($menteeId: ID!) {
    pairings(filter: { menteeId: $menteeId }, first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
