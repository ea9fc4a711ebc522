import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The server and its command-line tools run from source in a child process, as `npm run dev`
// runs them: what they print, their exit status, signals and stdin are the things under test.

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Suites that start child processes: each start compiles the server from source (seconds on a busy machine). */
export const CHILD = { timeout: 120_000 };

export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line matching, or rejects when the process ends first. */
  waitFor(pattern: RegExp): Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `src/<entry>` with only the given environment (never the test runner's NODE_ENV). */
export function runSource(entry: string, env: Record<string, string>, args: string[] = []): Child {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', `src/${entry}`, ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => w.pattern.test(l));
      if (line) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exit,
    waitFor: (pattern) =>
      new Promise<string>((resolve, reject) => {
        const line = out.split('\n').find((l) => pattern.test(l));
        if (line) return resolve(line);
        waiters.push({ pattern, resolve });
        void exit.then(({ code }) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${out}\n${err}`)));
      }),
  };
}

/** Starts the server on a free port and resolves once it listens. */
export async function startServer(env: Record<string, string>) {
  const child = runSource('main.ts', { PORT: '0', HOST: '127.0.0.1', ...env });
  const line = await child.waitFor(/"msg":"listening"/);
  const port = (JSON.parse(line) as { port: number }).port;
  return { ...child, port, url: `http://127.0.0.1:${port}` };
}

/** Every JSON line the process logged. */
export const logLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
