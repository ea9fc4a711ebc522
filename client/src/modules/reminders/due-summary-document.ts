import { graphql } from '../../gql';

// Its own module: the homes' 待办 loads this document alone, not the inbox's.
export const DueSummaryQuery = graphql(`
  query DueSummary {
    dueSummary {
      kind
      count
      overdue
    }
  }
`);
