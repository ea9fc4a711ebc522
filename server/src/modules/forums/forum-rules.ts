import { LIMITS } from '@tongxin/schema';
import { addDays } from '../../common/clock.js';
import type { Forum } from './forum.entity.js';

/** Read-only 7 days after it was recorded, as a visit is. */
export function isForumLocked(forum: Pick<Forum, 'createdAt'>, now: Date): boolean {
  return now.getTime() >= addDays(new Date(forum.createdAt), LIMITS.visitLockDays).getTime();
}

export const FORUM_LOCKED = { days: LIMITS.visitLockDays, locked: true } as const;
