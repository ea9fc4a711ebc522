import type { ErrorParams, ErrorReason } from '@tongxin/schema';
import type { RosterFormat } from './roster-file.js';
import type { RosterField } from './roster-columns.js';

// The answer of an import, dry run or applied: the same shape over HTTP (JSON) and in the CLI.

export type RowStatus = 'new' | 'updated' | 'unchanged' | 'error';

/** A problem of one row (or of the header, line 1), as a reason the portal translates. */
export interface RowProblem {
  line: number;
  /** The roster field, or 'file' for the header. */
  field: RosterField | 'file';
  /** The column's header as the template writes it (支部, 姓名, …), null for the file. */
  column: string | null;
  reason: ErrorReason;
  params: ErrorParams[ErrorReason] | Record<string, unknown>;
}

/** What an import changes on an officer: roster fields, the mentor flag, the account's roles. */
export type ChangedField = 'branch' | 'name' | 'category' | 'position' | 'phone' | 'isMentor' | 'accountRoles';
export type ChangeValue = string | boolean | string[] | null;

export interface FieldChange {
  field: ChangedField;
  before: ChangeValue;
  after: ChangeValue;
}

export interface ImportRow {
  line: number;
  /** As normalised (upper case, no spaces); the cell as written when it is not a badge number. */
  badgeNumber: string;
  name: string;
  status: RowStatus;
  /** The officer the row matched, or (after an apply) the one it created; null otherwise. */
  officerId: number | null;
  problems: RowProblem[];
  /** For an updated row: each changed field, before → after. */
  changes: FieldChange[];
}

export interface ImportTotals {
  rows: number;
  new: number;
  updated: number;
  unchanged: number;
  error: number;
}

export interface ImportReport {
  mode: 'dry-run' | 'apply';
  format: RosterFormat;
  /** True when nothing is wrong anywhere: an apply writes only then. */
  ok: boolean;
  /** True when this request wrote the changes. */
  applied: boolean;
  totals: ImportTotals;
  /** Problems of the file as a whole (a missing column), line 1. */
  fileProblems: RowProblem[];
  rows: ImportRow[];
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export function totalsOf(rows: ImportRow[]): ImportTotals {
  const totals: ImportTotals = { rows: rows.length, new: 0, updated: 0, unchanged: 0, error: 0 };
  for (const r of rows) totals[r.status] += 1;
  return totals;
}
