import { graphql } from '../../gql';

export const AccountFields = graphql(`
  fragment AccountFields on Account {
    id
    username
    roles
    disabled
    mustChangePassword
    passwordChangedAt
    officer {
      id
      name
      badgeNumber
      branch {
        id
        name
      }
    }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...CursorPageInfo
      }
      edges {
        node {
          ...AccountFields
        }
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      oneTimePassword
      account {
        ...AccountFields
      }
    }
  }
`);

export const SetAccountRolesMutation = graphql(`
  mutation SetAccountRoles($input: SetAccountRolesInput!) {
    setAccountRoles(input: $input) {
      ...AccountFields
    }
  }
`);

export const DisableAccountMutation = graphql(`
  mutation DisableAccount($officerId: ID!) {
    disableAccount(officerId: $officerId) {
      ...AccountFields
    }
  }
`);

export const EnableAccountMutation = graphql(`
  mutation EnableAccount($officerId: ID!) {
    enableAccount(officerId: $officerId) {
      ...AccountFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($officerId: ID!) {
    resetPassword(officerId: $officerId) {
      oneTimePassword
      account {
        ...AccountFields
      }
    }
  }
`);
