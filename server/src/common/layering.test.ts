import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// common/ is what every module builds on: a module's code reaches it only through the context
// (ctx.loaders, ctx.reads), so it must never import a module itself.
describe('common/', () => {
  it('imports nothing from modules/', () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from '\.\.\/modules\//.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
