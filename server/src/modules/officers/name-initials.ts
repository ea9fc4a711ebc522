import { pinyin } from 'pinyin-pro';

/** Pinyin initials of a name (王建国 → wjg), the first character read as a surname, for search. */
export const nameInitialsOf = (name: string) =>
  pinyin(name, { pattern: 'first', toneType: 'none', surname: 'head' }).replace(/\s+/g, '').toLowerCase().slice(0, 32);
