import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { parseDatabaseUrl } from '../config/config.js';
import { migrationsSourceDir, ormConfig } from './orm-config.js';

/**
 * Writes the next migration for both databases from the entity metadata and the committed
 * snapshots, and appends it to each dialect's index. Needs a scratch SQLite file and the local
 * PostgreSQL (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
async function main() {
  const name = process.argv[2];
  const scratch = path.resolve('data/migration-scratch.sqlite');
  fs.rmSync(scratch, { force: true });
  const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const targets = [
    parseDatabaseUrl(`sqlite:${scratch}`),
    parseDatabaseUrl(admin.replace(/\/[^/]*$/, '/tongxin_migration_scratch')),
  ];
  for (const db of targets) {
    if (db.kind === 'postgres') {
      const adm = await MikroORM.init({
        ...ormConfig(parseDatabaseUrl(admin)),
        entities: [],
        discovery: { warnWhenNoEntities: false },
      } as never);
      await adm.em.getConnection().execute('drop database if exists tongxin_migration_scratch');
      await adm.em.getConnection().execute('create database tongxin_migration_scratch');
      await adm.close();
    }
    const snapshotFile = path.join(migrationsSourceDir(db.kind), '.snapshot.json');
    const committedSnapshot = fs.existsSync(snapshotFile) ? fs.readFileSync(snapshotFile) : null;
    const orm = await MikroORM.init(ormConfig(db, { writeSnapshot: true }));
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(migrationsSourceDir(db.kind), false, false, name);
    await orm.close(true);
    if (!result.fileName) {
      // Applying the migrations re-wrote the snapshot from the scratch database; keep the committed one.
      if (committedSnapshot) fs.writeFileSync(snapshotFile, committedSnapshot);
      console.log(`${db.kind}: no changes`);
      continue;
    }
    if (db.kind === 'sqlite') splitPragmas(path.join(migrationsSourceDir(db.kind), result.fileName));
    const cls = result.fileName.replace(/\.ts$/, '');
    const indexFile = path.join(migrationsSourceDir(db.kind), 'index.ts');
    let index = fs.readFileSync(indexFile, 'utf8');
    index = `import { ${cls} } from './${cls}.js';\n` + index;
    index = index.replace(/= \[(.*?)\];/s, (_m, body: string) => {
      const items = body.trim()
        ? body.trim().replace(/,$/, '') + `,\n  { name: '${cls}', class: ${cls} },`
        : `\n  { name: '${cls}', class: ${cls} },`;
      return `= [${items.startsWith('\n') ? items : '\n  ' + items}\n];`;
    });
    fs.writeFileSync(indexFile, index);
    console.log(`${db.kind}: wrote ${result.fileName}`);
  }
  fs.rmSync(scratch, { force: true });
}

/**
 * MikroORM's SQLite generator joins the pragmas around a table rebuild into one statement
 * ("pragma foreign_keys = on;pragma foreign_keys = off;"), which better-sqlite3 refuses to prepare:
 * give each its own addSql.
 */
function splitPragmas(file: string) {
  const source = fs.readFileSync(file, 'utf8');
  const fixed = source.replace(
    /^(\s*)this\.addSql\(`((?:pragma [^;`]+;){2,})`\);$/gm,
    (_m, indent: string, sql: string) =>
      sql
        .split(';')
        .filter((p) => p.trim())
        .map((p) => `${indent}this.addSql(\`${p.trim()};\`);`)
        .join('\n'),
  );
  if (fixed !== source) fs.writeFileSync(file, fixed);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
