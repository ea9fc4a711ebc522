/**
 * The English (or any further language's) texts of a module: the same keys as its Chinese object,
 * each a string. Written once so that every `*-messages.ts` file states only its texts, and a key
 * missing from a translation fails the typecheck. `Extra` is added at every level (the app's plural
 * forms, see `zh-cn.ts`).
 */
export type Messages<T, Extra = unknown> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K], Extra>;
} & Extra;
