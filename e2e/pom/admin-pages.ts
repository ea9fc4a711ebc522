import { expect, type Locator, type Page } from '@playwright/test';

/** The GraphQL answer of the next `operation` the page sends, parsed. */
export async function nextAnswer<T = Record<string, any>>(page: Page, operation: string, act: () => Promise<void>) {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(`"operationName":"${operation}"`),
    ),
    act(),
  ]);
  return ((await response.json()) as { data: T }).data;
}

/** An antd Select: open it, type the text when it searches, and pick the option with this text. */
export async function pickOption(page: Page, select: Locator, text: string) {
  // The previous select's dropdown may still be closing: its options would match the locator below.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await select.click();
  if (text) await select.locator('input').fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** /branches: the sysadmin's branch list with create and rename. */
export class BranchesPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('page-branches');
  }

  async goto() {
    await this.page.goto('/branches');
    await expect(this.root).toBeVisible();
  }

  async create(code: string, name: string) {
    await this.root.getByTestId('branch-create').click();
    await this.page.getByTestId('branch-code').fill(code);
    await this.page.getByTestId('branch-name').fill(name);
    await this.page.getByTestId('branch-submit').click();
    await expect(this.root.getByTestId(`branch-row-${code}`)).toContainText(name);
  }
}

/** /officers: the roster; returns the new officer's id from the server's answer. */
export class OfficersPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('page-officers');
  }

  async goto() {
    await this.page.goto('/officers');
    await expect(this.root).toBeVisible();
  }

  async create(o: { name: string; badge: string; branch: string; mentor?: boolean }): Promise<string> {
    await this.root.getByTestId('officer-create').click();
    await this.page.getByTestId('officer-name').fill(o.name);
    await this.page.getByTestId('officer-badge').fill(o.badge);
    await pickOption(this.page, this.page.getByTestId('officer-branch'), o.branch);
    if (o.mentor) await this.page.getByTestId('officer-is-mentor').check();
    const data = await nextAnswer(this.page, 'CreateOfficer', () => this.page.getByTestId('officer-submit').click());
    return data.createOfficer.id as string;
  }
}

/** /accounts: create an account and read the one-time password, shown this once. */
export class AccountsPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('page-accounts');
  }

  async goto() {
    await this.page.goto('/accounts');
    await expect(this.root).toBeVisible();
  }

  async create(o: { officerSearch: string; officerName: string; username: string; roles: string[] }): Promise<string> {
    await this.root.getByTestId('account-create').click();
    const officer = this.page.getByTestId('account-officer');
    await officer.click();
    await officer.locator('input').fill(o.officerSearch);
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: o.officerName })
      .first()
      .click();
    await this.page.getByTestId('account-username').fill(o.username);
    const form = this.page.getByTestId('account-create-form');
    for (const role of o.roles) await form.getByTestId(`role-${role}`).click();
    await this.page.getByTestId('account-create-submit').click();
    const dialog = this.page.getByTestId('one-time-password-dialog');
    await expect(dialog).toBeVisible();
    const password = (await this.page.getByTestId('one-time-password').textContent())!.trim();
    await this.page.getByTestId('one-time-close').click();
    await expect(dialog).toHaveCount(0);
    return password;
  }
}

/** The page someone with a one-time password sees first. */
export class ForcedPasswordPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('page-change-password');
  }

  async change(current: string, next: string) {
    await expect(this.root).toBeVisible();
    await this.page.locator('#currentPassword').fill(current);
    await this.page.locator('#newPassword').fill(next);
    await this.page.locator('#repeatPassword').fill(next);
    await this.page.getByTestId('password-submit').click();
  }
}
