import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's minimum cost: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** Verifies against a stored hash; an unknown user is checked against a dummy hash so timing is alike. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(storedHash || DUMMY_HASH, password);
  } catch {
    return false;
  }
}

/**
 * The hash of a random password nobody knows, with the same parameters as real hashes: verifying an
 * unknown user's password against it costs what a real verification costs, from the first request.
 */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$pRvTYJU9sNOByLcWt2dYkg$Be+fkVZEzhqtHUND7OFWnmx4ZIBRKqydLg2N43HuMg4';
