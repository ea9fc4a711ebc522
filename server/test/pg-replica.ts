import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// A private PostgreSQL primary and a streaming replica made from it with `pg_basebackup -R`, on
// two free ports, for the read-replica test. Private, so the machine's own cluster needs no
// replication entry in its pg_hba.conf and is never reconfigured. The servers run as `postgres`
// when the tests run as root (PostgreSQL refuses to run as root).

export interface ReplicaPair {
  primaryPort: number;
  replicaPort: number;
  url(port: number, db: string): string;
  /** Waits until the replica has replayed everything the primary wrote so far. */
  caughtUp(): Promise<void>;
  query(port: number, sql: string, db?: string): Promise<any[]>;
  stop(): void;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** Starts the pair, or returns why this machine cannot. */
export async function startReplicaPair(): Promise<ReplicaPair | string> {
  const bin = binDir();
  if (!bin) return 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin';
  const asRoot = process.getuid?.() === 0;
  const cmdFor = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(...cmdFor(cmd, args), { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout || r.error?.message}`);
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-pg-'));
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const primary = path.join(dir, 'primary');
  const replica = path.join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const opts = (port: number) => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const started: string[] = [];
  const stop = () => {
    for (const d of started.reverse()) spawnSync(...cmdFor('pg_ctl', ['-D', d, '-m', 'immediate', 'stop']));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // initdb's pg_hba.conf with --auth=trust allows replication connections from 127.0.0.1.
    run('initdb', ['-D', primary, '--auth=trust', '--username=postgres', '--no-sync']);
    run('pg_ctl', ['-D', primary, '-o', opts(primaryPort), '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    started.push(primary);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
    ]);
    run('pg_ctl', ['-D', replica, '-o', opts(replicaPort), '-l', path.join(dir, 'replica.log'), '-w', 'start']);
    started.push(replica);
  } catch (e) {
    stop();
    return (e as Error).message;
  }
  const url = (port: number, db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  const query = async (port: number, sql: string, db = 'postgres') => {
    const c = new pg.Client({ connectionString: url(port, db) });
    await c.connect();
    try {
      return (await c.query(sql)).rows;
    } finally {
      await c.end();
    }
  };
  return {
    primaryPort,
    replicaPort,
    url,
    query,
    async caughtUp() {
      const [{ lsn }] = await query(primaryPort, 'select pg_current_wal_lsn()::text as lsn');
      for (let i = 0; i < 600; i++) {
        const [{ behind }] = await query(
          replicaPort,
          `select coalesce(pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn, true) as behind`,
        );
        if (!behind) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the replica did not catch up');
    },
    stop,
  };
}
