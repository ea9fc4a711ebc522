import type { AppContext } from './context.js';
import { badInput } from './errors.js';
import type { FieldMiddleware } from './field-guard.js';

// Control characters (NUL, escape, backspace, …) have no business in any text a person types, and
// NUL fails in SQLite and PostgreSQL alike. One check over every argument of every field, before
// validation and the services see them, so no input class can forget it. Tab and line breaks
// stay: the notes, summaries and minutes are multi-line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The first argument path holding a control character, or null. */
export function controlCharacterField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = controlCharacterField(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterField(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * An update's input names the fields to change; `null` for one whose column cannot be empty (a
 * visit's kind, a talk's topics, an item's owner) is a mistake, not "leave it", and is refused
 * naming the field. Read from the entity the mutation returns, so every update and edit input is
 * covered without a rule of its own; `fooId` stands for the relation `foo`.
 */
function nullForRequiredColumn(ctx: AppContext, entityName: string, input: Record<string, unknown>): string | null {
  const meta = ctx.em.getMetadata().find(entityName);
  if (!meta) return null;
  for (const [key, value] of Object.entries(input)) {
    if (value !== null || key === 'id' || key === 'version') continue;
    const prop = meta.properties[key as never] ?? meta.properties[key.replace(/Id$/, '') as never];
    if (prop && !(prop as { nullable?: boolean }).nullable) return key;
  }
  return null;
}

const UPDATE = /^(update|edit)[A-Z]/;
const UPDATE_PREFIX = /^(update|edit)/;

/**
 * Refuses an argument with a control character as BAD_USER_INPUT naming it, as validation names
 * fields: the fields of `input` by their own name, other arguments with theirs in front. For an
 * update, also a null where the record's column cannot be empty.
 */
export const inputArgsMiddleware: FieldMiddleware = ({ args, info, context }, next) => {
  for (const name in args) {
    const value = args[name];
    const field = controlCharacterField(value, name === 'input' ? '' : name);
    if (field !== null) throw badInput(field || name, 'CONTROL_CHARACTERS');
  }
  const input = args?.input as Record<string, unknown> | undefined;
  if (info.parentType.name === 'Mutation' && UPDATE.test(info.fieldName) && input && typeof input === 'object') {
    // updateVisit → Visit, editActionItem → ActionItem (updatePairing returns a result wrapper).
    const field = nullForRequiredColumn(context, info.fieldName.replace(UPDATE_PREFIX, ''), input);
    if (field) throw badInput(field, 'REQUIRED');
  }
  return next();
};
