import { graphql } from '../../gql';

export const LedgerBranchesQueryDocument = graphql(`
  query LedgerBranches {
    branches {
      id
      name
      code
    }
  }
`);

export const ExportLedgerMutationDocument = graphql(`
  mutation ExportLedger($input: ExportLedgerInput!) {
    exportLedger(input: $input) {
      url
      filename
    }
  }
`);
