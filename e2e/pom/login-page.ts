import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../setup/accounts.js';

export class LoginPage {
  readonly root: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly langSwitch: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('page-login');
    this.username = page.locator('#username');
    this.password = page.locator('#password');
    this.submit = page.getByTestId('login-submit');
    this.error = page.getByTestId('login-error');
    this.langSwitch = this.root.getByTestId('lang-switch');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.root).toBeVisible();
  }

  async fill(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
  }

  /** Submits the form; the caller asserts where it lands (home page or error). */
  async login(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.fill(username, password);
    await this.submit.click();
  }
}
