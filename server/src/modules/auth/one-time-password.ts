import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the sysadmin reads it out or writes it down once.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time password: 16 characters from 56 (about 93 bits), in four groups for reading aloud.
 * It meets the password rules' length, but its holder must replace it at the next login anyway.
 */
export function generateOneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
