import { graphql } from '../../gql';

// The answer is the viewer again: `mustChangePassword` false lets the shell open.
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);
