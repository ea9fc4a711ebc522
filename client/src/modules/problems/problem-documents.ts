import { graphql } from '../../gql';

// The operations of the problem screens, next to them; typed from the committed schema.

export const ProblemsQuery = graphql(`
  query Problems($filter: ProblemFilter, $first: Int, $after: String) {
    problems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...ProblemCard
        }
      }
    }
  }
`);

export const ProblemQuery = graphql(`
  query Problem($id: ID!) {
    problem(id: $id) {
      ...ProblemCard
      ...ProblemActions
      anonymous
      raisedAt
      resolution
      declineReason
      raisedBy {
        ...OfficerName
      }
      talk {
        id
      }
      visit {
        id
      }
      history {
        id
        type
        occurredAt
        note
        followUpKind
        actor {
          ...OfficerName
        }
      }
    }
  }
`);

export const FixOnTheSpotMutation = graphql(`
  mutation FixOnTheSpot($input: FixOnTheSpotInput!) {
    fixOnTheSpot(input: $input) {
      ...ProblemChange
    }
  }
`);

export const StartRectifyingMutation = graphql(`
  mutation StartRectifying($input: StartRectifyingInput!) {
    startRectifying(input: $input) {
      ...ProblemChange
    }
  }
`);

export const CloseProblemMutation = graphql(`
  mutation CloseProblem($input: CloseProblemInput!) {
    closeProblem(input: $input) {
      ...ProblemChange
    }
  }
`);

export const DeclineProblemMutation = graphql(`
  mutation DeclineProblem($input: DeclineProblemInput!) {
    declineProblem(input: $input) {
      ...ProblemChange
    }
  }
`);

export const LogProblemFollowUpMutation = graphql(`
  mutation LogProblemFollowUp($input: LogProblemFollowUpInput!) {
    logProblemFollowUp(input: $input) {
      ...ProblemChange
    }
  }
`);

/** What a change returns: what the problem page shows of the problem, so the cached page follows it. */
export const ProblemChangeFragment = graphql(`
  fragment ProblemChange on Problem {
    id
    status
    overdue
    dueDate
    version
    resolution
    declineReason
    history {
      id
      type
      occurredAt
      note
      followUpKind
      actor {
        ...OfficerName
      }
    }
  }
`);

/** The branches the viewer may list (the committee: all; a secretary: their own), for owner pickers. */
export const ProblemBranchesQuery = graphql(`
  query ProblemBranches {
    branches {
      id
      name
    }
  }
`);

export const RaiseProblemMutation = graphql(`
  mutation RaiseProblem($input: RaiseProblemInput!) {
    raiseProblem(input: $input) {
      id
    }
  }
`);
