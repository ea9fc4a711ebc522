import type { OfficerCategory, Role } from '@tongxin/schema';
import type { ErrorParams, ErrorReason, ReasonArgs } from '@tongxin/schema';
import {
  COLUMN_OF,
  MAX_LENGTH,
  ROSTER_FIELDS,
  type RosterField,
  categoryOf,
  fieldOfHeader,
  normaliseBadge,
  normalisePhone,
  rolesOf,
} from './roster-columns.js';
import type { RosterTable } from './roster-file.js';
import type { RowProblem } from './roster-report.js';

// What a row says, read without the database: each cell checked on its own (required, length,
// badge and phone shape, category and role words), then badge numbers across the file.

export interface RowValues {
  branch: string;
  name: string;
  badgeNumber: string;
  category: OfficerCategory;
  position: string | null;
  phone: string | null;
  roles: Role[];
}

export interface ReadRow {
  line: number;
  /** The badge cell as normalised, or as written when it is malformed (for the report). */
  badge: string;
  name: string;
  /** Complete only when the row has no problem. */
  values: Partial<RowValues>;
  problems: RowProblem[];
}

export function problem<R extends ErrorReason>(
  line: number,
  field: RosterField | 'file',
  reason: R,
  ...params: ReasonArgs<R>
): RowProblem {
  const p = (params[0] ?? {}) as ErrorParams[R];
  return { line, field, column: field === 'file' ? null : COLUMN_OF[field], reason, params: p };
}

/** Where each field's column is; the missing ones as problems of line 1. */
export function columnsOf(table: RosterTable) {
  const index = new Map<RosterField, number>();
  table.header.forEach((h, i) => {
    const f = fieldOfHeader(h);
    if (f && !index.has(f)) index.set(f, i);
  });
  const missing = ROSTER_FIELDS.filter((f) => !index.has(f)).map((f) =>
    problem(1, 'file', 'IMPORT_COLUMN_MISSING', { column: COLUMN_OF[f] }),
  );
  return { index, missing };
}

const REQUIRED: RosterField[] = ['branch', 'name', 'badgeNumber', 'category'];

export function readRows(table: RosterTable, index: Map<RosterField, number>): ReadRow[] {
  const rows = table.rows.map(({ line, cells }) => {
    const cell = (f: RosterField) => (cells[index.get(f)!] ?? '').trim();
    const problems: RowProblem[] = [];
    const values: Partial<RowValues> = {};
    for (const f of ROSTER_FIELDS) {
      const max = MAX_LENGTH[f];
      if (REQUIRED.includes(f) && !cell(f)) problems.push(problem(line, f, 'REQUIRED'));
      else if (max != null && cell(f).length > max) problems.push(problem(line, f, 'TOO_LONG', { max }));
    }
    if (cell('branch')) values.branch = cell('branch');
    if (cell('name')) values.name = cell('name');
    const badge = cell('badgeNumber') ? normaliseBadge(cell('badgeNumber')) : null;
    if (badge) values.badgeNumber = badge;
    else if (cell('badgeNumber')) problems.push(problem(line, 'badgeNumber', 'BADGE_INVALID'));
    if (cell('category')) {
      const category = categoryOf(cell('category'));
      if (category) values.category = category;
      else problems.push(problem(line, 'category', 'CATEGORY_UNKNOWN', { value: cell('category') }));
    }
    values.position = cell('position') || null;
    const phone = cell('phone') ? normalisePhone(cell('phone')) : null;
    if (cell('phone') && !phone) problems.push(problem(line, 'phone', 'PHONE_INVALID'));
    values.phone = phone;
    const { roles, unknown } = rolesOf(cell('roles'));
    for (const value of unknown) problems.push(problem(line, 'roles', 'ROLE_UNKNOWN', { value }));
    values.roles = roles;
    return { line, badge: badge ?? cell('badgeNumber'), name: cell('name'), values, problems };
  });
  markDuplicateBadges(rows);
  return rows;
}

/** Each row whose badge another row also has names that other row: the first names the second. */
function markDuplicateBadges(rows: ReadRow[]) {
  const lines = new Map<string, number[]>();
  for (const r of rows) {
    if (r.values.badgeNumber) lines.set(r.values.badgeNumber, [...(lines.get(r.values.badgeNumber) ?? []), r.line]);
  }
  for (const r of rows) {
    const same = r.values.badgeNumber ? lines.get(r.values.badgeNumber)! : [];
    if (same.length < 2) continue;
    const other = same[0] === r.line ? same[1] : same[0];
    r.problems.push(problem(r.line, 'badgeNumber', 'BADGE_DUPLICATE_IN_FILE', { line: other }));
  }
}
