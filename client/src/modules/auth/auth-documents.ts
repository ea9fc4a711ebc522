import { graphql } from '../../gql';

// Everything the shell needs about the viewer in one round trip: who they are, what they may do.
export const MeQueryDocument = graphql(`
  query Me {
    me {
      id
      username
      roles
      mustChangePassword
      abilityRules
      officer {
        ...OfficerName
        badgeNumber
        category
        position
      }
      branch {
        ...BranchName
        kind
      }
      bureau {
        id
        name
      }
    }
  }
`);

export const LoginMutationDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      id
    }
  }
`);

export const LogoutMutationDocument = graphql(`
  mutation Logout {
    logout
  }
`);
