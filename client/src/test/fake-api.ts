import { defineRulesFor, packRules, type Viewer as RuleViewer } from '@tongxin/schema';
import { createApiClient, type ApiClientOptions } from '../modules/api/create-api-client';
import type { Role } from '../gql/graphql';

export interface FakeAccount {
  username: string;
  password: string;
  name: string;
  roles: Role[];
  /** Pairings this account mentors; makes the shared rules grant MENTOR abilities. */
  mentoredPairingIds?: number[];
  /** Still holds a one-time password: only the change-password page opens. */
  mustChangePassword?: boolean;
}

export const MENTOR: FakeAccount = {
  username: 'mentor',
  password: 'tongxin-demo',
  name: '王建国',
  roles: ['MENTOR', 'OFFICER'],
  mentoredPairingIds: [7],
};

export const SECRETARY: FakeAccount = {
  username: 'secretary',
  password: 'tongxin-demo',
  name: '李红',
  roles: ['SECRETARY', 'OFFICER'],
};

export const COMMITTEE: FakeAccount = {
  username: 'committee',
  password: 'tongxin-demo',
  name: '张伟',
  roles: ['COMMITTEE', 'OFFICER'],
};

export const SYSADMIN: FakeAccount = {
  username: 'admin',
  password: 'tongxin-demo',
  name: '欧阳志远',
  roles: ['SYSADMIN'],
};

/** 安全审计员: held alone, reads the audit log (三员分立). */
export const AUDITOR: FakeAccount = {
  username: 'auditor',
  password: 'tongxin-demo',
  name: '皇甫秀兰',
  roles: ['AUDITOR'],
};

function meOf(account: FakeAccount) {
  const viewer: RuleViewer = {
    officerId: 11,
    bureauId: 1,
    branchId: 3,
    roles: account.roles,
    mentoredPairingIds: account.mentoredPairingIds ?? [],
    menteeIds: account.mentoredPairingIds ? [12] : [],
  };
  return {
    __typename: 'Me',
    id: '11',
    username: account.username,
    roles: account.roles,
    mustChangePassword: account.mustChangePassword ?? false,
    // The same packed rules the server sends, built by the shared rule definitions.
    abilityRules: packRules(defineRulesFor(viewer)),
    officer: {
      __typename: 'Officer',
      id: '11',
      name: account.name,
      badgeNumber: '028461',
      category: 'POLICE',
      position: null,
    },
    branch: { __typename: 'Branch', id: '3', name: '东柳派出所', kind: 'STATION' },
    bureau: { __typename: 'Bureau', id: '1', name: '鄞州分局' },
  };
}

function gqlError(code: string, message: string) {
  return { data: null, errors: [{ message, extensions: { code } }] };
}

/**
 * A stand-in for the server's /graphql behind a real urql client: it keeps a session like the
 * cookie would and answers the auth operations of the contract.
 */
export class FakeServer {
  session: FakeAccount | null;
  loginError: string | null = null;
  readonly calls: string[] = [];
  /** Answers for further operations: the response body (`{ data }` or `{ errors }`) for the variables. */
  private readonly handlers = new Map<string, (variables: Record<string, unknown>) => unknown>();

  /** Serves `operation` with `handler`; the variables of each call are passed along. */
  serve(operation: string, handler: (variables: Record<string, any>) => unknown): this {
    this.handlers.set(operation, handler);
    return this;
  }

  constructor(
    private readonly accounts: FakeAccount[],
    loggedIn: FakeAccount | null = null,
  ) {
    this.session = loggedIn;
  }

  readonly fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables?: { username?: string; password?: string };
    };
    this.calls.push(body.operationName);
    return new Response(JSON.stringify(this.answer(body.operationName, body.variables ?? {})), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;

  private answer(operation: string, variables: { username?: string; password?: string }) {
    const handler = this.handlers.get(operation);
    if (handler) return handler(variables);
    switch (operation) {
      case 'Me':
        return { data: { me: this.session ? meOf(this.session) : null } };
      case 'Login': {
        if (this.loginError) return gqlError(this.loginError, 'refused');
        const account = this.accounts.find(
          (a) => a.username === variables.username && a.password === variables.password,
        );
        if (!account) return gqlError('UNAUTHENTICATED', 'Invalid credentials');
        this.session = account;
        return { data: { login: { __typename: 'Me', id: '11' } } };
      }
      case 'Logout':
        this.session = null;
        return { data: { logout: true } };
      default:
        return this.session ? { data: null } : gqlError('UNAUTHENTICATED', 'Not logged in');
    }
  }

  readonly makeClient = (options: ApiClientOptions) => createApiClient({ ...options, fetch: this.fetch });
}
