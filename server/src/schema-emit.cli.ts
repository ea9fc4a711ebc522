import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config/config.js';
import { buildAppSchema, printAppSchema } from './schema.js';

/** Writes schema/schema.graphql, or with --check fails when the committed file is stale. */
const target = path.join(repoRoot, 'schema', 'schema.graphql');
const sdl = printAppSchema(await buildAppSchema());
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== sdl) {
    console.error(
      'schema/schema.graphql is stale: run `npm run build && npm run schema:emit -w @tongxin/server` and commit it.',
    );
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  fs.writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
