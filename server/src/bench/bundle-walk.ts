// Walks Vite's build manifest (client/dist/.vite/manifest.json, `build.manifest: true`) to find the
// JavaScript a route makes the browser download: the entry with its static imports, plus each lazy
// module the route renders with its static imports. Pure: the sizes come from the caller.

/** One chunk of Vite's manifest, keyed by its source path or a `_name-hash.js` id. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The manifest key of the one entry chunk (index.html for the portal). */
export function entryKey(manifest: Manifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  return entries[0];
}

/** `key` and everything it imports statically, transitively: what loads with it, before it runs. */
export function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/**
 * The JavaScript files of a route: the entry's closure, and the closure of each of `lazy` (source
 * paths such as `src/pages/login-page.tsx`, each a dynamic import somewhere in the app). A file
 * shared by several is counted once.
 */
export function routeFiles(manifest: Manifest, lazy: readonly string[]): string[] {
  const keys = staticClosure(manifest, entryKey(manifest));
  for (const key of lazy) {
    if (!manifest[key]?.isDynamicEntry)
      throw new Error(`${key} is not loaded on demand (no dynamic entry of that name)`);
    staticClosure(manifest, key, keys);
  }
  return [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

/** The summed size of `files` under `sizeOf` (gzipped bytes, in the bench). */
export function totalSize(files: readonly string[], sizeOf: (file: string) => number): number {
  return files.reduce((sum, file) => sum + sizeOf(file), 0);
}
