// Writes docs/permissions.md from the built rules (`--check`: fails when the committed file differs).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { renderPermissionsDoc } from '../dist/permissions/doc.js';

const target = fileURLToPath(new URL('../../docs/permissions.md', import.meta.url));
const options = { ...(await prettier.resolveConfig(target)), parser: 'markdown' };
const doc = await prettier.format(renderPermissionsDoc(), options);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== doc) {
    console.error('docs/permissions.md is stale: run `npm run permissions:docs` and commit it.');
    process.exit(1);
  }
  console.log('docs/permissions.md matches the rules.');
} else {
  writeFileSync(target, doc);
  console.log('wrote docs/permissions.md');
}
