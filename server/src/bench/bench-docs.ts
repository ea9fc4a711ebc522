import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/config.js';

// docs/benchmarks.md is written by several bench parts (bundle budget, Lighthouse, and others):
// each owns the text between its two markers and leaves the rest of the page alone.

const HEADER = `# Benchmarks

Figures written by \`npm run bench\`: each part rewrites only its own section, between its
\`<!-- bench:NAME:start -->\` and \`<!-- bench:NAME:end -->\` markers. Edit text outside the markers freely.
`;

const markers = (id: string) => [`<!-- bench:${id}:start -->`, `<!-- bench:${id}:end -->`] as const;

/** `doc` with section `id` replaced by `body`, or appended at the end when it has no such section. */
export function replaceSection(doc: string, id: string, body: string): string {
  const [start, end] = markers(id);
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) return doc.slice(0, from) + section + doc.slice(to + end.length);
  if (from >= 0 || to >= 0) throw new Error(`docs/benchmarks.md: the markers of section ${id} are broken`);
  return `${doc.trimEnd()}\n\n${section}\n`;
}

/** Rewrites section `id` of the benchmarks page (created when missing). */
export function writeBenchSection(id: string, body: string, file = benchmarksFile()): void {
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : HEADER;
  fs.writeFileSync(file, replaceSection(doc, id, body));
}

export function benchmarksFile(): string {
  return path.join(repoRoot, 'docs', 'benchmarks.md');
}
