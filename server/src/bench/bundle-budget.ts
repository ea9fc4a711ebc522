import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from '../config/config.js';
import { writeBenchSection } from './bench-docs.js';
import { type Manifest, routeFiles, totalSize } from './bundle-walk.js';

/**
 * `npm run bench:bundle`: the gzipped JavaScript each route of the built portal loads, from Vite's
 * manifest (not timed). Fails when a budget is exceeded; writes the table into docs/benchmarks.md.
 * The login page plus the mentor's home: 250 KB; login plus any other role's home: 350 KB.
 * A route lists the modules it loads on demand (app-routes.tsx, role-home.tsx); a module that
 * stops being lazy, or is renamed, fails the walk instead of going unmeasured.
 */
const KB = 1024;
const LOGIN = 'src/pages/login-page.tsx';
const home = (name: string) => `src/modules/home/${name}-home.tsx`;
const section = (dir: string, name = dir) => `src/modules/${dir}/${name}-routes.tsx`;

interface RouteLoad {
  route: string;
  lazy: string[];
  budgetKb?: number;
}

// antd's providers (ui/antd-scope.tsx), loaded with the first part of a page that uses antd.
const ANTD = 'src/i18n/locale-provider.tsx';

const ROUTES: RouteLoad[] = [
  { route: '/login', lazy: [LOGIN] },
  // The mentor's and the officer's parts are plain markup, their dialogs included (antd loads only
  // for an item's edit dialog, when opened).
  { route: '/login, then the mentor’s home', lazy: [LOGIN, home('mentor'), home('officer')], budgetKb: 250 },
  { route: '/login, then the officer’s home', lazy: [LOGIN, home('officer')], budgetKb: 350 },
  {
    route: '/login, then the secretary’s home',
    lazy: [LOGIN, home('secretary'), home('officer'), ANTD],
    budgetKb: 350,
  },
  {
    route: '/login, then the committee’s home',
    lazy: [LOGIN, home('committee'), home('officer'), ANTD],
    budgetKb: 350,
  },
  { route: '/login, then the sysadmin’s home', lazy: [LOGIN], budgetKb: 350 },
  // The auditor's home is the latest events in plain markup; the full log (antd's table) is /audit.
  { route: '/login, then the auditor’s home', lazy: [LOGIN, 'src/modules/audit/audit-recent.tsx'], budgetKb: 350 },
  { route: '/ (mentor, already signed in)', lazy: [home('mentor'), home('officer')] },
  { route: '/visits, /visits/new', lazy: [section('visits'), ANTD] },
  { route: '/talks, /talks/new', lazy: [section('talks'), ANTD] },
  { route: '/pairings', lazy: [section('pairings'), ANTD] },
  { route: '/action-items', lazy: [section('action-items'), ANTD] },
  { route: '/reviews', lazy: [section('reviews'), ANTD] },
  { route: '/dashboard', lazy: [section('dashboard'), 'src/modules/dashboard/dashboard-view.tsx', ANTD] },
  { route: '/ledger', lazy: [section('ledger'), ANTD] },
  { route: '/audit', lazy: [section('audit'), ANTD] },
  { route: '/branches, /officers', lazy: [section('admin'), ANTD] },
  { route: '/accounts', lazy: [section('accounts'), ANTD] },
];

interface Measured extends RouteLoad {
  bytes: number;
  files: number;
}

function measure(dist: string): Measured[] {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: build the portal first (npm run build)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
      gzipped.set(file, size);
    }
    return size;
  };
  return ROUTES.map((r) => {
    const files = routeFiles(manifest, r.lazy);
    return { ...r, bytes: totalSize(files, sizeOf), files: files.length };
  });
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

function table(rows: Measured[]): string {
  const lines = [
    '| route | gzipped JS (KB) | files | budget (KB) | |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.route} | ${kb(r.bytes)} | ${r.files} | ${r.budgetKb ?? ''} | ${
          r.budgetKb === undefined ? '' : r.bytes <= r.budgetKb * KB ? 'ok' : '**over**'
        } |`,
    ),
  ];
  return lines.join('\n');
}

function main() {
  const dist = process.env.CLIENT_DIST ? path.resolve(process.env.CLIENT_DIST) : path.join(repoRoot, 'client', 'dist');
  const rows = measure(dist);
  const over = rows.filter((r) => r.budgetKb !== undefined && r.bytes > r.budgetKb * KB);
  const body = [
    '## Load budget (`npm run bench:bundle`)',
    '',
    'Gzipped JavaScript (level 9) each route of the built portal makes the browser download, from',
    "Vite's build manifest: the entry and its static imports, plus the modules the route loads on demand",
    'and their static imports, each file counted once (server/src/bench/bundle-budget.ts). CSS, icons and',
    "the service worker's later precache of the other chunks are not counted.",
    '',
    table(rows),
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}; ${over.length ? `${over.length} over budget` : 'every budget met'}.`,
  ].join('\n');
  console.log(table(rows));
  writeBenchSection('bundle', body);
  if (over.length) {
    console.error(`bench:bundle: over budget: ${over.map((r) => r.route).join('; ')}`);
    process.exitCode = 1;
  }
}

main();
