import { graphql } from '../../gql';

// Apart from visit-documents.ts: the outbox sender, part of every signed-in page, needs only this.
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
