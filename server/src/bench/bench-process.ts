import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ChildStats } from './child-stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A measured server (Tongxin or the floor) in its own process, with its statistics on demand. */
export interface BenchProcess {
  name: string;
  pid: number;
  port: number;
  send(message: object): void;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

export async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  setup?: object,
): Promise<BenchProcess> {
  const child: ChildProcess = fork(path.join(here, script), [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let log = '';
  child.stdout!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-4000)));
  child.stderr!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-4000)));
  // A bench that fails half-way must not leave its servers running.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  if (setup) child.send(setup);
  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited (${code}) before listening:\n${log}`));
    child.once('exit', onExit);
    child.on('message', (m: ChildMessage) => {
      if (m.type !== 'ready') return;
      child.off('exit', onExit);
      resolve(m.port);
    });
  });
  return {
    name,
    pid: child.pid!,
    port,
    send: (m) => child.send(m),
    stats: () =>
      new Promise<ChildStats>((resolve) => {
        const on = (m: ChildMessage) => {
          if (m.type !== 'stats') return;
          child.off('message', on);
          resolve(m);
        };
        child.on('message', on);
        child.send({ type: 'stats' });
      }),
    stop: async () => {
      process.off('exit', kill);
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.disconnect();
      const timer = setTimeout(kill, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
