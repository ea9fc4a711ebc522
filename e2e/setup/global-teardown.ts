import fs from 'node:fs';

/** Removes the run's temporary SQLite database; each run starts from a freshly seeded bureau. */
export default function globalTeardown() {
  const dir = process.env.E2E_DB_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
