import type { TFunction } from 'i18next';

// Administration events (accounts, branches, the roster) store `{ before, after }`: the changed
// fields' values on each side, null for a record that did not exist yet. The log shows them as
// "field: before → after", values in words (roles by name, yes/no), never the stored JSON.

type Values = Record<string, unknown>;

const isValues = (v: unknown): v is Values => !!v && typeof v === 'object' && !Array.isArray(v);

/** True when the detail has the before/after shape of the administration events. */
export function hasChanges(detail: Values): boolean {
  return ('before' in detail || 'after' in detail) && (isValues(detail.before) || isValues(detail.after));
}

function valueText(field: string, v: unknown, t: (key: string, values?: Values) => string): string {
  if (v == null || v === '') return t('audit.detail.none');
  if (typeof v === 'boolean') return t(v ? 'audit.detail.yes' : 'audit.detail.no');
  if (Array.isArray(v)) {
    if (v.length === 0) return t('audit.detail.none');
    return v
      .map((x) => (field === 'roles' ? t(`role.${String(x)}`, { defaultValue: String(x) }) : String(x)))
      .join('、');
  }
  if (field === 'kind') return t(`home.branchKind.${String(v)}`, { defaultValue: String(v) });
  if (field === 'category') return t(`home.category.${String(v)}`, { defaultValue: String(v) });
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** One "field: before → after" per field that either side names, in the order they were stored. */
export function describeChanges(detail: Values, translate: TFunction): string[] {
  const t = translate as unknown as (key: string, values?: Values) => string;
  const before = isValues(detail.before) ? detail.before : {};
  const after = isValues(detail.after) ? detail.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) =>
    t('audit.detail.change', {
      field: t(`audit.fieldName.${field}`, { defaultValue: field }),
      before: valueText(field, before[field], t),
      after: valueText(field, after[field], t),
      interpolation: { escapeValue: false },
    }),
  );
}
