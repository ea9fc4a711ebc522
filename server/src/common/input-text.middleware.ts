import type { MiddlewareFn } from 'type-graphql';
import type { AppContext } from './context.js';
import { badInput } from './errors.js';

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
 * Refuses an argument with a control character as BAD_USER_INPUT naming it, as validation names
 * fields: the fields of `input` by their own name, other arguments with theirs in front.
 */
export const inputTextMiddleware: MiddlewareFn<AppContext> = ({ args }, next) => {
  for (const [name, value] of Object.entries(args ?? {})) {
    const field = controlCharacterField(value, name === 'input' ? '' : name);
    if (field !== null) throw badInput(field || name, 'CONTROL_CHARACTERS');
  }
  return next();
};
