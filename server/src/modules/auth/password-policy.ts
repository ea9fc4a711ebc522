import { readFile } from 'node:fs/promises';
import { badInput } from '../../common/errors.js';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// server/assets/common-passwords.txt, from src/modules/auth or dist/modules/auth alike.
const COMMON_FILE = new URL('../../../assets/common-passwords.txt', import.meta.url);
let common: Promise<Set<string>> | undefined;
const commonPasswords = () =>
  (common ??= readFile(COMMON_FILE, 'utf8').then((text) => new Set(text.split('\n').filter(Boolean))));

export interface PasswordOwner {
  username?: string | null;
  badgeNumber: string;
}

/**
 * The password rules (issue 12): 12–128 characters, not one of the 10,000 most common passwords,
 * not containing the username or the badge number. Each refusal names `field`.
 */
export async function checkPasswordPolicy(field: string, password: string, owner: PasswordOwner) {
  // Characters, not UTF-16 units: a Chinese passphrase counts as it reads.
  const length = [...password].length;
  if (length < PASSWORD_MIN) throw badInput(field, 'PASSWORD_TOO_SHORT', { min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) throw badInput(field, 'PASSWORD_TOO_LONG', { max: PASSWORD_MAX });
  const lower = password.toLowerCase();
  if ((await commonPasswords()).has(lower)) throw badInput(field, 'PASSWORD_TOO_COMMON');
  for (const part of [owner.username, owner.badgeNumber]) {
    if (part && part.length >= 3 && lower.includes(part.toLowerCase())) {
      throw badInput(field, 'PASSWORD_CONTAINS_IDENTITY');
    }
  }
}
