import DataLoader from 'dataloader';
import type { AppContext } from '../../common/context.js';
import type { ForumAttendance } from './forum-attendance.entity.js';

export interface ForumLoaders {
  /** The attendance of a forum with its officers, in one statement per page of forums. */
  attendances: DataLoader<number, ForumAttendance[]>;
}

export function createForumLoaders(ctx: AppContext): ForumLoaders {
  return {
    attendances: new DataLoader(async (ids) => {
      const rows = await ctx.services.forums.attendancesOf(ids);
      return ids.map((id) => rows.filter((r) => r.forum.id === id));
    }),
  };
}
