import { graphql } from '../../gql';

// The operations of the forum screens, next to them; typed from the committed schema.

export const ForumsQuery = graphql(`
  query Forums($filter: ForumFilter, $first: Int, $after: String) {
    forums(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...ForumCard
        }
      }
    }
  }
`);

export const ForumQuery = graphql(`
  query Forum($id: ID!) {
    forum(id: $id) {
      id
      kind
      title
      occurredAt
      place
      minutes
      confidentialMinutes
      locked
      branch {
        ...BranchName
      }
      host {
        ...OfficerName
      }
      editable
      version
      hasConfidentialMinutes
      attendances {
        id
        present
        officer {
          ...OfficerName
        }
      }
      problems {
        id
        text
        status
        dueDate
        overdue
        owner {
          ...OfficerName
        }
        ownerBranch {
          ...BranchName
        }
      }
    }
  }
`);

export const ProblemCategoriesQuery = graphql(`
  query ProblemCategories {
    problemCategories {
      id
      name
    }
  }
`);

export const MarkForumAttendanceMutation = graphql(`
  mutation MarkForumAttendance($input: MarkForumAttendanceInput!) {
    markForumAttendance(input: $input) {
      id
      presentCount
      attendances {
        id
        present
        officer {
          ...OfficerName
        }
      }
    }
  }
`);

export const UpdateForumMutation = graphql(`
  mutation UpdateForum($input: UpdateForumInput!) {
    updateForum(input: $input) {
      id
      kind
      title
      occurredAt
      place
      minutes
      confidentialMinutes
      version
      editable
      locked
      presentCount
      attendances {
        id
        present
        officer {
          ...OfficerName
        }
      }
    }
  }
`);
