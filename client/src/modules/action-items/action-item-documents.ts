import { graphql } from '../../gql';

export const ActionItemsQuery = graphql(`
  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {
    actionItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActionItemRow
          pairing {
            id
            mentee {
              id
              name
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

/** Who may own an item of a pairing: its mentee and current mentors. */
export const ItemOwnerOptionsQuery = graphql(`
  query ItemOwnerOptions($id: ID!) {
    pairing(id: $id) {
      id
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
    }
  }
`);
