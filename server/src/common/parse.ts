import { LIMITS } from '@tongxin/schema';
import { localDate } from './clock.js';
import { badInput } from './errors.js';

// One reading of each kind of raw argument, for queries and mutations alike. A value that is
// malformed is a BAD_USER_INPUT naming the field; whether a well-formed id names a record the
// viewer may see is the caller's question (null for a query by id, NOT_FOUND for a mutation).

/** A GraphQL ID as a database id (a positive integer), or BAD_USER_INPUT naming the field. */
export function parseId(field: string, raw: string | number): number {
  const n = typeof raw === 'number' ? raw : /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(field, 'INVALID_ID');
  return n;
}

export function parseIds(field: string, raw: readonly (string | number)[]): number[] {
  return raw.map((r) => parseId(field, r));
}

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The dates a record may carry: from LIMITS.dateMin to LIMITS.dateMaxYearsAhead years after
 * `now`. Year 0000 or 9999 is a typing slip (or a probe), never a pairing's start or an item's due date.
 */
export function dateBounds(now: Date = new Date()): { min: string; max: string } {
  const max = new Date(now);
  max.setUTCFullYear(max.getUTCFullYear() + LIMITS.dateMaxYearsAhead);
  return { min: LIMITS.dateMin, max: localDate(max) };
}

/** A calendar date (YYYY-MM-DD) inside dateBounds(), or BAD_USER_INPUT naming the field. */
export function parseDay(field: string, value: string, now?: Date): string {
  if (!isCalendarDay(value)) throw badInput(field, 'INVALID_DATE');
  const bounds = dateBounds(now);
  if (value < bounds.min || value > bounds.max) throw badInput(field, 'DATE_OUT_OF_RANGE', bounds);
  return value;
}

/**
 * Required free text: trimmed, not empty. Its length is the input class's `@MaxLength`; `max` is
 * only for an argument that has no input class to carry one.
 */
export function requiredText(field: string, value: string | null | undefined, max?: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'REQUIRED');
  if (max != null && text.length > max) throw tooLong(field, max);
  return text;
}

/** Optional free text: trimmed, empty becomes null. `max` as for requiredText. */
export function optionalText(field: string, value: string | null | undefined, max?: number): string | null {
  const text = (value ?? '').trim();
  if (max != null && text.length > max) throw tooLong(field, max);
  return text || null;
}

/**
 * The optional texts `fields` of an input, each read as optionalText reads it. A new record takes
 * them all (left out is null); an edit (`statedOnly`) takes only those the input states, since a
 * field left out stays as it is.
 */
export function optionalTexts<K extends string>(
  input: { [P in K]?: string | null },
  fields: readonly K[],
  statedOnly = false,
): { [P in K]?: string | null } {
  const texts: { [P in K]?: string | null } = {};
  for (const field of fields) {
    if (statedOnly && input[field] === undefined) continue;
    texts[field] = optionalText(field, input[field]);
  }
  return texts;
}

/** A list filter's id fields among `keys`, parsed; a malformed one is BAD_USER_INPUT naming `filter.<key>`. */
export function parseFilterIds<K extends string>(
  filter: { [P in K]?: string | null } | undefined,
  keys: readonly K[],
): { [P in K]?: number } {
  const ids: { [P in K]?: number } = {};
  for (const key of keys) {
    const raw = filter?.[key];
    if (raw) ids[key] = parseId(`filter.${key}`, raw);
  }
  return ids;
}

const tooLong = (field: string, max: number) => badInput(field, 'TOO_LONG', { max });

/** The contract of an id argument of a query by id, stated in the schema. */
export const QUERY_ID = {
  description:
    'A record id (a positive integer; anything else is BAD_USER_INPUT). Unknown or outside the viewer’s scope: null',
};

/** The contract of an id a mutation acts on, stated in the schema. */
export const MUTATION_ID = {
  description:
    'A record id (a positive integer; anything else is BAD_USER_INPUT). Unknown or outside the viewer’s scope: NOT_FOUND',
};
