import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeServer, SYSADMIN } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const account = (over: Record<string, unknown> = {}) => ({
  __typename: 'Account',
  id: '31',
  username: 'wangfang',
  roles: ['OFFICER'],
  disabled: false,
  mustChangePassword: false,
  passwordChangedAt: null,
  officer: {
    __typename: 'Officer',
    id: '31',
    name: '王芳',
    badgeNumber: '028500',
    branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
  },
  ...over,
});

const connection = (nodes: unknown[]) => ({
  data: {
    accounts: {
      __typename: 'AccountConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'AccountEdge', node })),
    },
  },
});

const officers = {
  data: {
    officers: {
      __typename: 'OfficerConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [
        {
          __typename: 'OfficerEdge',
          node: {
            __typename: 'Officer',
            id: '40',
            name: '周敏',
            nameInitials: 'zm',
            badgeNumber: '028777',
            category: 'POLICE',
            position: null,
            phone: null,
            isMentor: false,
            disabled: false,
            version: 1,
            branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
            account: null,
          },
        },
      ],
    },
  },
};

function sysadminServer() {
  const server = new FakeServer([SYSADMIN], SYSADMIN);
  server.serve('Accounts', () => connection([account()]));
  server.serve('RosterOfficers', () => officers);
  server.serve('AdminBranches', () => ({ data: { branches: [] } }));
  return server;
}

const checkbox = (role: string) =>
  within(screen.getByTestId('roles-form'))
    .getByTestId(`role-${role}`)
    .closest('label')!
    .querySelector('input') as HTMLInputElement;

describe('accounts page', () => {
  it('creates an account and shows its one-time password once, with the warning and a copy button', async () => {
    const server = sysadminServer();
    const created: Record<string, any>[] = [];
    server.serve('CreateAccount', (v) => {
      created.push(v.input);
      return {
        data: {
          createAccount: {
            __typename: 'AccountPasswordResult',
            oneTimePassword: 'Qv7-mT2k-9xPa',
            account: account({ id: '40', username: 'zhoumin', mustChangePassword: true }),
          },
        },
      };
    });
    renderApp(server, '/accounts');
    await screen.findByTestId('account-row-wangfang', {}, { timeout: 10_000 });

    fireEvent.click(screen.getByTestId('account-create'));
    await screen.findByTestId('account-create-form');
    const picker = screen.getByTestId('account-officer');
    fireEvent.mouseDown(picker.querySelector('[role="combobox"]') ?? picker);
    fireEvent.click(await screen.findByText('周敏 · 028777 · 东柳派出所'));
    fireEvent.change(screen.getByTestId('account-username'), { target: { value: 'zhoumin' } });
    fireEvent.click(screen.getByTestId('account-create-submit'));

    const dialog = await screen.findByTestId('one-time-password-dialog');
    expect(screen.getByTestId('one-time-password').textContent).toBe('Qv7-mT2k-9xPa');
    expect(dialog.textContent).toContain('此密码只显示这一次');
    expect(screen.getByTestId('one-time-copy')).toBeTruthy();
    expect(created).toEqual([{ officerId: '40', username: 'zhoumin', roles: ['OFFICER'] }]);

    fireEvent.click(screen.getByTestId('one-time-close'));
    // Gone for good once closed: nothing on the page holds it any more.
    await waitFor(() => expect(screen.queryByText('Qv7-mT2k-9xPa')).toBeNull());
  });

  it('keeps SYSADMIN and AUDITOR alone in the form, and shows the server’s refusal of a role change', async () => {
    const server = sysadminServer();
    server.serve('SetAccountRoles', () => ({
      data: null,
      errors: [
        {
          message: 'refused',
          extensions: { code: 'BAD_USER_INPUT', field: 'roles', reason: 'ADMIN_ROLE_IN_PAIRING' },
        },
      ],
    }));
    renderApp(server, '/accounts');
    await screen.findByTestId('account-row-wangfang', {}, { timeout: 10_000 });

    fireEvent.click(screen.getByTestId('account-edit-roles'));
    await screen.findByTestId('roles-form');
    // With OFFICER ticked the exclusive roles cannot be added.
    await waitFor(() => expect(checkbox('OFFICER').checked).toBe(true));
    expect(checkbox('SYSADMIN').disabled).toBe(true);
    expect(checkbox('AUDITOR').disabled).toBe(true);

    // Alone, SYSADMIN may be chosen; then every other role is off.
    fireEvent.click(checkbox('OFFICER'));
    fireEvent.click(checkbox('SYSADMIN'));
    expect(checkbox('SECRETARY').disabled).toBe(true);
    expect(checkbox('AUDITOR').disabled).toBe(true);

    fireEvent.click(screen.getByTestId('roles-submit'));
    expect(await screen.findByText('此人正在结对帮扶中，不能担任系统管理员或安全审计员')).toBeTruthy();
  });
});
