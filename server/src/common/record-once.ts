import { UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * A create a client may send more than once (its answer was lost, or the outbox resent it while the
 * first send was still running). With a client key, a resend answers what the first one recorded,
 * and the loser of a race between two sends gets the winner's record; without one, it just writes.
 */
export async function recordOnce<T>(
  rawKey: string | null | undefined,
  find: (clientKey: string) => Promise<T | null>,
  write: (clientKey: string | null) => Promise<T>,
): Promise<T> {
  const clientKey = rawKey?.trim() || null;
  const recorded = () => (clientKey ? find(clientKey) : Promise.resolve(null));
  const already = await recorded();
  if (already) return already;
  try {
    return await write(clientKey);
  } catch (e) {
    // Two sends of one form raced: the other one recorded it.
    if (e instanceof UniqueConstraintViolationException && clientKey) {
      const winner = await recorded();
      if (winner) return winner;
    }
    throw e;
  }
}
