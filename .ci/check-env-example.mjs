// Fails when .env.example and the server's configuration module disagree: every variable the
// server reads must be documented there, and nothing there may be a variable the server ignores.
import fs from 'node:fs';

const configFile = 'server/src/config/config.ts';
const config = fs.readFileSync(configFile, 'utf8');
const example = fs.readFileSync('.env.example', 'utf8');

const read = new Set();
for (const m of config.matchAll(/\b(?:int|bool|str|string|num)\(\s*env\s*,\s*'([A-Z0-9_]+)'/g)) read.add(m[1]);
for (const m of config.matchAll(/\benv(?:\.([A-Z0-9_]+)|\[\s*'([A-Z0-9_]+)'\s*\])/g)) read.add(m[1] ?? m[2]);

const documented = new Set();
for (const m of example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)) documented.add(m[1]);

// Standard variables may be explained in a comment (e.g. "NODE_ENV=production") rather than set.
const mentioned = (name) => documented.has(name) || new RegExp(`\\b${name}\\b`).test(example);

const missing = [...read].filter((name) => !mentioned(name));
const unknown = [...documented].filter((name) => !read.has(name));

if (read.size === 0) {
  console.error(`found no environment variables in ${configFile}; update .ci/check-env-example.mjs`);
  process.exit(1);
}
if (missing.length) console.error(`.env.example lacks variables the server reads: ${missing.join(', ')}`);
if (unknown.length) console.error(`.env.example lists variables the server does not read: ${unknown.join(', ')}`);
if (missing.length || unknown.length) process.exit(1);
console.log(`.env.example documents all ${read.size} variables of ${configFile}`);
