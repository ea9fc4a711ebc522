import { badInput } from '../../common/errors.js';

/** A GraphQL ID argument as a database id; anything else is a bad input naming the field. */
export function parseId(raw: string | number, field: string): number {
  const n = typeof raw === 'number' ? raw : /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(field, 'INVALID_ID');
  return n;
}

export function parseIds(raw: readonly (string | number)[], field: string): number[] {
  return raw.map((r) => parseId(r, field));
}
