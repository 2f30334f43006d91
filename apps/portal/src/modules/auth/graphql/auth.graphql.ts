import { graphql } from '../../../gql';

export const CURRENT_USER_FIELDS = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    displayName
    role
    organization {
      id
      name {
        ar
        en
      }
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

/** The access token is deliberately not selected: the session lives in an httpOnly cookie. */
export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
