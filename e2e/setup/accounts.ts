import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Role = 'committee' | 'secretary' | 'mentor' | 'officer' | 'sysadmin' | 'auditor';

export interface DemoAccount {
  username: string;
  /** The highest of the account's roles (committee > secretary > mentor > officer): its home page. */
  role: Role;
  branch: 'A' | 'B' | null;
}

export const DEMO_PASSWORD = 'tongxin-demo';

/** The demo accounts of the demo bureau (DESIGN.md "Demo data"). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'committee', role: 'committee', branch: null },
  { username: 'secretary', role: 'secretary', branch: 'A' },
  { username: 'mentor', role: 'mentor', branch: 'A' },
  { username: 'officer', role: 'officer', branch: 'A' },
  { username: 'secretary2', role: 'secretary', branch: 'B' },
  { username: 'mentor2', role: 'mentor', branch: 'B' },
  { username: 'officer2', role: 'officer', branch: 'B' },
  // The sysadmin and the security auditor (三员分立): no branch work of their own.
  { username: 'admin', role: 'sysadmin', branch: null },
  { username: 'auditor', role: 'auditor', branch: null },
];

export type DemoUsername = (typeof DEMO_ACCOUNTS)[number]['username'];

export function demoAccount(username: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`unknown demo account ${username}`);
  return account;
}

const authDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.auth');

/**
 * The storageState file the setup project writes for a demo account. Journeys start logged in with
 * `test.use({ storageState: authFile('secretary') })`. The sessions are shared by every spec of the
 * run: a spec that logs out must log in through the form itself instead of using these files.
 */
export function authFile(username: string): string {
  demoAccount(username);
  return path.join(authDir, `${username}.json`);
}
