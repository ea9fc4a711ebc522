import http from 'node:http';
import pg from 'pg';
import { answerStats } from './child-stats.js';

/**
 * The floor: plain node:http and pg, one statement per request that builds the whole response in
 * PostgreSQL (floor-sql.ts). GET /<route>?viewer=<officer id> answers `{"data":…}` as the server
 * would. The routes' SQL arrives over IPC from the bench; the pool has the server's size.
 */
interface Setup {
  type: 'setup';
  url: string;
  poolSize: number;
  routes: Record<string, string>;
}

let statements = 0;
const setup = await new Promise<Setup>((resolve) => {
  const on = (m: Setup) => {
    if (m?.type !== 'setup') return;
    process.off('message', on);
    resolve(m);
  };
  process.on('message', on);
});
const pool = new pg.Pool({ connectionString: setup.url, max: setup.poolSize });

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  const sql = setup.routes[url.pathname.slice(1)];
  const viewer = Number(url.searchParams.get('viewer'));
  if (!sql || !Number.isSafeInteger(viewer)) {
    res.writeHead(404).end();
    return;
  }
  statements++;
  pool.query({ text: sql, values: [viewer], name: url.pathname }).then(
    (r) => {
      const body = `{"data":${(r.rows[0] as { data: string }).data}}`;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    },
    (e: Error) => {
      res.writeHead(500).end(JSON.stringify({ errors: [{ message: e.message }] }));
    },
  );
});
server.listen(0, '127.0.0.1', () => {
  answerStats(() => statements);
  process.send!({ type: 'ready', port: (server.address() as { port: number }).port });
});
process.on('disconnect', () => void pool.end().finally(() => process.exit(0)));
