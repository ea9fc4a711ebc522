import { expect, type Locator, type Page } from '@playwright/test';
import type { Role } from '../setup/accounts.js';

/** The title of each role's home page, in the portal's two languages. */
export const HOME_TITLES: Record<Role, { zh: string; en: string }> = {
  committee: { zh: '党委工作台', en: 'Committee workspace' },
  secretary: { zh: '支部书记工作台', en: 'Branch secretary workspace' },
  mentor: { zh: '帮教责任人工作台', en: 'Mentor workspace' },
  officer: { zh: '民警个人主页', en: 'My page' },
  sysadmin: { zh: '系统管理工作台', en: 'Administration workspace' },
  auditor: { zh: '安全审计工作台', en: 'Audit workspace' },
};

/** The frame of every logged-in page: header with language switch and logout, navigation, content. */
export class AppShell {
  readonly root: Locator;
  readonly logoutButton: Locator;
  readonly langSwitch: Locator;
  readonly productName: Locator;
  readonly sideNav: Locator;
  readonly navToggle: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('app-shell');
    this.logoutButton = this.root.getByTestId('logout');
    this.langSwitch = this.root.getByTestId('lang-switch');
    this.productName = page.getByTestId('product-name');
    this.sideNav = page.getByTestId('side-nav');
    this.navToggle = page.getByTestId('nav-toggle');
  }

  /** The home page root of a role, marked by the portal with `data-testid="home-<role>"`. */
  home(role: Role): Locator {
    return this.page.getByTestId(`home-${role}`);
  }

  /** The home page's title, the first level-2 heading of its root. */
  homeTitle(role: Role): Locator {
    return this.home(role).getByRole('heading', { level: 2 }).first();
  }

  async gotoHome(role: Role): Promise<void> {
    await this.page.goto('/');
    await expect(this.home(role)).toBeVisible();
  }

  /** A navigation entry; on a phone the menu sits in a drawer behind the menu button. */
  async openSection(key: string): Promise<void> {
    if (await this.navToggle.isVisible()) await this.navToggle.click();
    await this.page.getByTestId(`nav-${key}`).click();
  }

  async logout(): Promise<void> {
    await this.logoutButton.click();
    await expect(this.page).toHaveURL(/\/login$/);
  }

  async switchLanguage(): Promise<void> {
    await this.langSwitch.click();
  }
}
