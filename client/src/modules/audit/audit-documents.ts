import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          id
          action
          subjectType
          subjectId
          createdAt
          detail
          actor {
            ...OfficerName
            badgeNumber
          }
        }
      }
    }
  }
`);
