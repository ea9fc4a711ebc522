import { graphql } from '../gql';

// How a person and a branch are named wherever a record mentions them (the mentee, a mentor, the
// author, the actor…): written once, so every query asks for the same identity and a card, a table
// and a detail page show the same thing.

export const OfficerNameFragment = graphql(`
  fragment OfficerName on Officer {
    id
    name
  }
`);

export const BranchNameFragment = graphql(`
  fragment BranchName on Branch {
    id
    name
  }
`);
