import { graphql } from '../../gql';

export const AdminBranchFields = graphql(`
  fragment AdminBranchFields on Branch {
    id
    code
    name
    kind
  }
`);

export const AdminBranchesQuery = graphql(`
  query AdminBranches {
    branches {
      ...AdminBranchFields
    }
  }
`);

export const CreateBranchMutation = graphql(`
  mutation CreateBranch($input: CreateBranchInput!) {
    createBranch(input: $input) {
      ...AdminBranchFields
    }
  }
`);

export const RenameBranchMutation = graphql(`
  mutation RenameBranch($input: RenameBranchInput!) {
    renameBranch(input: $input) {
      ...AdminBranchFields
    }
  }
`);

// Only the roster fields: the sysadmin reads no flag reason, pairing or mentoring load.
export const RosterOfficerFields = graphql(`
  fragment RosterOfficerFields on Officer {
    id
    name
    nameInitials
    badgeNumber
    category
    position
    phone
    isMentor
    disabled
    version
    branch {
      id
      name
    }
    account {
      id
      username
    }
  }
`);

export const RosterOfficersQuery = graphql(`
  query RosterOfficers($filter: OfficerFilter, $first: Int, $after: String) {
    officers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...RosterOfficerFields
        }
      }
    }
  }
`);

export const CreateOfficerMutation = graphql(`
  mutation CreateOfficer($input: CreateOfficerInput!) {
    createOfficer(input: $input) {
      ...RosterOfficerFields
    }
  }
`);

export const UpdateOfficerMutation = graphql(`
  mutation UpdateOfficer($input: UpdateOfficerInput!) {
    updateOfficer(input: $input) {
      ...RosterOfficerFields
    }
  }
`);

export const TransferOfficerMutation = graphql(`
  mutation TransferOfficer($input: TransferOfficerInput!) {
    transferOfficer(input: $input) {
      ...RosterOfficerFields
    }
  }
`);

export const DeactivateOfficerMutation = graphql(`
  mutation DeactivateOfficer($input: DeactivateOfficerInput!) {
    deactivateOfficer(input: $input) {
      ...RosterOfficerFields
    }
  }
`);
