import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { benchDatabase } from './bench-database.js';
import { generateProvince } from './province-generate.js';
import { provinceSize } from './province-size.js';

/**
 * `npm run bench:province -- --size M`: migrates a database (BENCH_DATABASE_URL, else a new local
 * one that is kept and named at the end) and generates the province into it, for looking at the
 * data or running the server against it by hand.
 */
const { values } = parseArgs({ options: { size: { type: 'string', default: 'M' } } });
const size = provinceSize(values.size!);
const db = await benchDatabase(`province_${size.name.toLowerCase()}`, { demo: false });
console.log(`generating size ${size.name} into ${db.url}`);
const result = await generateProvince(db.url, size, console.log);
console.log(`done in ${result.seconds.toFixed(1)} s: ${JSON.stringify(result.counts)}`);
