import { ForumKind } from '@tongxin/schema';

/** The kinds of forum in the order the form offers them (交心会 first, as the article names it first). */
export const FORUM_KINDS = Object.values(ForumKind);
