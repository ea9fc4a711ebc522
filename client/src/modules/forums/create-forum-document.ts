import { graphql } from '../../gql';

// Apart from forum-documents.ts: the outbox sender, part of every signed-in page, needs only this.
export const CreateForumMutation = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      id
    }
  }
`);
