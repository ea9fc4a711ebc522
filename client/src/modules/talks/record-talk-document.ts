import { graphql } from '../../gql';

// Apart from talk-documents.ts: the outbox sender, part of every signed-in page, needs only this.
export const RecordTalkMutation = graphql(`
  mutation RecordTalk($input: RecordTalkInput!) {
    recordTalk(input: $input) {
      id
    }
  }
`);
