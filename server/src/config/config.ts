import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The only reader of process.env: everything else receives a validated AppConfig.

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(serverRoot, '..');

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load the demo bureau into an empty database at start (default: on for the embedded database). */
  demoSeed: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Send the session cookie with `Secure`; on by default in production (behind HTTPS). */
  cookieSecure: boolean;
  /** COOKIE_SECURE was set rather than defaulted: production insists on the statement. */
  cookieSecureExplicit: boolean;
  /** Number of proxies in front of the server, for client addresses and `Secure` detection. */
  trustProxy: number;
  clientDist: string;
  loginAttemptsPerWindow: number;
  loginWindowSeconds: number;
  mentorCapacity: number;
  logQueries: boolean;
  /** pino level of the JSON logs on stdout (`silent` turns them off). */
  logLevel: LogLevel;
  /** How long a stopping server waits for in-flight requests before closing their connections. */
  shutdownGraceSeconds: number;
  /** Apply pending migrations at start: outside production only; production runs `npm run migrate`. */
  migrateAtStart: boolean;
  isProduction: boolean;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  if (!raw) return { kind: 'sqlite', file: path.join(repoRoot, 'data', 'tongxin.sqlite') };
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError('DATABASE_URL=sqlite: needs a file path, e.g. sqlite:/srv/tongxin.sqlite');
    return { kind: 'sqlite', file: path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) return { kind: 'postgres', url: raw };
  throw new ConfigError('DATABASE_URL must start with sqlite: or postgres://');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const isProduction = env.NODE_ENV === 'production';
  const database = parseDatabaseUrl(env.DATABASE_URL);
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    database,
    // The demo bureau's accounts share one published password: never in production, whatever DEMO_SEED says.
    demoSeed: !isProduction && bool(env, 'DEMO_SEED', database.kind === 'sqlite'),
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 14),
    cookieSecure: bool(env, 'COOKIE_SECURE', isProduction),
    cookieSecureExplicit: (env.COOKIE_SECURE ?? '') !== '',
    trustProxy: int(env, 'TRUST_PROXY', 0, 0, 10),
    clientDist: env.CLIENT_DIST ? path.resolve(env.CLIENT_DIST) : path.join(repoRoot, 'client', 'dist'),
    loginAttemptsPerWindow: int(env, 'LOGIN_ATTEMPTS_PER_WINDOW', 10, 1, 1000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 300, 1, 86400),
    mentorCapacity: int(env, 'MENTOR_CAPACITY', 5, 1, 50),
    logQueries: bool(env, 'LOG_QUERIES', false),
    logLevel: logLevel(env),
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    migrateAtStart: !isProduction,
    isProduction,
  };
}
