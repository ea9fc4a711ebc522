import type { SubjectName } from '@tongxin/schema';

export type Cell = string | number;
export type Row = Record<string, Cell>;
export interface LedgerColumn {
  header: string;
  key: string;
  width: number;
}
export interface LedgerSheet {
  name: string;
  columns: LedgerColumn[];
  rows: Row[];
}

/** How a column shows in the printable ledger's entry: under its header, another label, or a line of its own. */
export type EntryLine = true | string | ((row: Row) => string | null);

/** One column of a sheet: where its cell comes from and whether the printable entry repeats it. */
export interface ColumnSpec<T> extends LedgerColumn {
  cell: (record: T) => Cell;
  line?: EntryLine;
}

export interface ColumnOptions<T> {
  width?: number;
  /** The cell's value; by default the record's property of the column's key. */
  value?: (record: T) => Cell | null | undefined;
  /** The field the viewer's rules decide it by; by default the key. */
  field?: string;
  line?: EntryLine;
}

/** Decides whether the viewer may read `field` of `record`: the value, or '' where they may not. */
export type ReadField = (type: SubjectName, record: object, field: string, value: Cell | null | undefined) => Cell;

/** `label：value`, or nothing for an empty value. */
export const labelled = (label: string, value: Cell) => (value === '' || value == null ? null : `${label}：${value}`);

const valueOf =
  <T>(key: string) =>
  (r: T) =>
    (r as Record<string, Cell | null | undefined>)[key];

const column = <T>(key: string, header: string, opts: ColumnOptions<T>, cell: (r: T) => Cell): ColumnSpec<T> => ({
  header,
  key,
  width: opts.width ?? 14,
  cell,
  line: opts.line,
});

/** A column any reader of the ledger may see (numbers, kinds, dates the rules do not restrict). */
export function plain<T>(key: string, header: string, opts: ColumnOptions<T> = {}): ColumnSpec<T> {
  const value = opts.value ?? valueOf<T>(key);
  return column(key, header, opts, (r) => value(r) ?? '');
}

/**
 * Column makers for one record type: `ruled` columns go through the viewer's field rules (a
 * field they may not read is an empty cell).
 */
export function columnsOf<T extends object>(type: SubjectName, read: ReadField) {
  return {
    plain: plain<T>,
    ruled: (key: string, header: string, opts: ColumnOptions<T> = {}): ColumnSpec<T> => {
      const value = opts.value ?? valueOf<T>(key);
      return column(key, header, opts, (r) => read(type, r, opts.field ?? key, value(r)));
    },
  };
}

/** A sheet's name and columns: what its rows are made of, for a sheet held whole or streamed. */
export interface SheetSpec<T> {
  name: string;
  columns: ColumnSpec<T>[];
}

/** One record's row: each column's cell. */
export const rowOf = <T>(columns: ColumnSpec<T>[], record: T): Row =>
  Object.fromEntries(columns.map((c) => [c.key, c.cell(record)])) as Row;

/** The header of a sheet (its name and columns without their makers). */
export const sheetHeader = <T>({ name, columns }: SheetSpec<T>) => ({
  name,
  columns: columns.map(({ header, key, width }): LedgerColumn => ({ header, key, width })),
});

/** A sheet and, for the printable ledger, each row's entry lines, both from one list of columns. */
export function sheetOf<T>({ name, columns }: SheetSpec<T>, records: readonly T[]) {
  const rows = records.map((r) => rowOf(columns, r));
  const sheet: LedgerSheet = { name, columns: columns.map(({ header, key, width }) => ({ header, key, width })), rows };
  const lines = (row: Row) =>
    columns
      .map(({ line, header, key }) =>
        line === undefined
          ? null
          : typeof line === 'function'
            ? line(row)
            : labelled(line === true ? header : line, row[key]),
      )
      .filter((l): l is string => l !== null);
  return { sheet, rows, lines };
}
export type SheetOf = ReturnType<typeof sheetOf>;
