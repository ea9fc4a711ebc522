import { graphql } from '../../gql';

export const ActionItemsQuery = graphql(`
  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {
    actionItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...ActionItemRow
          pairing {
            id
            mentee {
              ...OfficerName
            }
          }
          visit {
            id
            kind
            occurredAt
          }
          talk {
            id
            kind
            occurredAt
          }
        }
      }
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      id
      status
      note
      overdue
      closedAt
      version
    }
  }
`);

export const EditActionItemMutation = graphql(`
  mutation EditActionItem($input: EditActionItemInput!) {
    editActionItem(input: $input) {
      ...ActionItemRow
    }
  }
`);

/**
 * The people of a pairing: its mentee and current mentors, each with their role. Who may own an
 * item, who took part in a visit, and who a reviewer reads about all come from this one selection.
 */
export const PairingPeopleFragment = graphql(`
  fragment PairingPeople on Pairing {
    id
    mentee {
      ...OfficerName
    }
    mentors {
      role
      officer {
        ...OfficerName
      }
    }
  }
`);

/** Who may own an item of a pairing: its mentee and current mentors. */
export const ItemOwnerOptionsQuery = graphql(`
  query ItemOwnerOptions($id: ID!) {
    pairing(id: $id) {
      ...PairingPeople
    }
  }
`);
