import { expect, test, type Page } from '@playwright/test';
import { AccountsPage, BranchesPage, ForcedPasswordPage, pickOption } from '../pom/admin-pages.js';
import { AppShell } from '../pom/app-shell.js';
import { LoginPage } from '../pom/login-page.js';
import { PairingDetailView, pickOfficer } from '../pom/pairing-pages.js';
import { authFile } from '../setup/accounts.js';

// The administration journey (issue 11 item 7): the sysadmin sets up a new branch and its people,
// gives its secretary an account; the secretary must replace the one-time password, then pairs two
// of the new officers; the auditor sees each step in the log; the sysadmin cannot open the pairing.
// The officers come in through the roster import page (a file with one bad row, dry run, fix,
// import), as a bureau moving in would bring its people.

const BRANCH = { code: 'YZ-S90', name: '新城派出所' };
const PEOPLE = {
  secretary: { name: '欧建华', badge: '900001' },
  mentor: { name: '司马立群', badge: '900002' },
  mentee: { name: '诸葛文涛', badge: '900003' },
};

const HEADER = ['支部', '姓名', '警号', '人员类别', '职务', '手机', '角色'];
const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\n');
const rosterRows = (mentorBadge: string) => [
  [BRANCH.name, PEOPLE.secretary.name, PEOPLE.secretary.badge, '民警', '教导员', '', ''],
  [BRANCH.name, PEOPLE.mentor.name, mentorBadge, '民警', '社区民警', '', '帮教责任人'],
  [BRANCH.name, PEOPLE.mentee.name, PEOPLE.mentee.badge, '民警', '巡逻民警', '', ''],
];

/** The roster import page: choose the file, then a dry run or the import itself. */
async function rosterFile(page: Page, content: string) {
  await page
    .locator('[data-testid="page-roster-import"] input[type="file"]')
    .setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

test('the sysadmin sets up a branch and its secretary, who changes the password and pairs two officers; the auditor sees it all', async ({
  browser,
}) => {
  test.slow();
  const admin = await browser.newPage({ storageState: authFile('admin') });
  await new AppShell(admin).gotoHome('sysadmin');
  // The sysadmin's menu holds the administration and nothing of the program's content.
  const nav = admin.getByTestId('side-nav');
  await expect(nav.getByTestId('nav-accounts')).toBeVisible();
  await expect(nav.getByTestId('nav-pairings')).toHaveCount(0);
  await expect(nav.getByTestId('nav-dashboard')).toHaveCount(0);

  const branches = new BranchesPage(admin);
  await branches.goto();
  await branches.create(BRANCH.code, BRANCH.name);

  // The roster, through the import page: a bad badge number on line 3 is named by the dry run and
  // keeps the import button off; fixed, the file goes in as three new officers.
  await admin.goto('/officers/import');
  await rosterFile(admin, csv(rosterRows('90/0002')));
  await admin.getByTestId('roster-dry-run').click();
  const badRow = admin.getByTestId('roster-row-3');
  await expect(badRow).toHaveAttribute('data-status', 'error');
  await expect(badRow).toContainText('警号');
  await expect(admin.getByTestId('roster-apply')).toBeDisabled();
  await rosterFile(admin, csv(rosterRows(PEOPLE.mentor.badge)));
  await admin.getByTestId('roster-dry-run').click();
  await expect(admin.getByTestId('roster-row-3')).toHaveAttribute('data-status', 'new');
  await admin.getByTestId('roster-apply').click();
  await expect(admin.getByTestId('roster-report')).toContainText('已导入：新增 3');

  const accounts = new AccountsPage(admin);
  await accounts.goto();
  const oneTime = await accounts.create({
    officerSearch: PEOPLE.secretary.badge,
    officerName: PEOPLE.secretary.name,
    username: 'oujh',
    roles: ['SECRETARY'],
  });
  expect(oneTime.length).toBeGreaterThanOrEqual(12);
  // Shown once: the list says a one-time password is pending, never the password.
  await expect(admin.getByTestId('account-row-oujh')).toContainText('待修改初始密码');
  await expect(admin.getByTestId('page-accounts')).not.toContainText(oneTime);

  // The new secretary logs in with the one-time password and sees nothing but the change page.
  const secretaryContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  const login = new LoginPage(secretary);
  await login.goto();
  await login.login('oujh', oneTime);
  const forced = new ForcedPasswordPage(secretary);
  await expect(forced.root).toBeVisible();
  await expect(secretary.getByTestId('app-shell')).toHaveCount(0);
  await secretary.goto('/pairings');
  await expect(forced.root).toBeVisible();
  // The server's refusal shows under the field: the username is no part of a password.
  await forced.change(oneTime, 'oujh-chooses-this-one');
  await expect(forced.root).toContainText('密码不能包含用户名或警号');
  await forced.change(oneTime, 'lantern-harbour-cypress');
  await expect(secretary.getByTestId('app-shell')).toBeVisible();

  // The secretary pairs the two new officers of the branch (1+1).
  await secretary.goto('/pairings/new');
  await pickOfficer(secretary, 'field-mentee', PEOPLE.mentee.badge, PEOPLE.mentee.name);
  await pickOfficer(secretary, 'field-lead', PEOPLE.mentor.badge, PEOPLE.mentor.name);
  await pickOption(secretary, secretary.getByTestId('field-reason'), '');
  await secretary.getByTestId('field-goals').fill('熟悉新岗位，按时到岗，每月谈心一次');
  await secretary.getByTestId('pairing-submit').click();
  const detail = new PairingDetailView(secretary);
  const pairingId = await detail.pairingId();
  await expect(detail.root.getByTestId('pairing-mentee')).toHaveText(PEOPLE.mentee.name);

  // The auditor's home is the log: every step is there, the account change as before → after.
  const auditor = await browser.newPage({ storageState: authFile('auditor') });
  await new AppShell(auditor).gotoHome('auditor');
  const log = auditor.getByTestId('home-auditor');
  for (const action of ['新建支部', '名册导入人员', '新建账号', '修改密码', '建立结对']) {
    await expect(log.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await expect(log).toContainText('用户名：— → oujh');

  // The sysadmin reads no pairing, by menu or by address.
  await admin.goto(`/pairings/${pairingId}`);
  await expect(admin.getByTestId('forbidden')).toBeVisible();
  await expect(admin.getByTestId('pairing-detail')).toHaveCount(0);

  await secretaryContext.close();
});
