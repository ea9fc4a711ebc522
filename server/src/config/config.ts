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
  /** Failed logins from one client address (any usernames) before back-off starts. */
  loginAddressAttemptsPerWindow: number;
  /** The first back-off once a limit is reached; it doubles with each attempt admitted after it. */
  loginBackoffFirstSeconds: number;
  /** The longest back-off between two admitted attempts once a limit is reached. */
  loginBackoffMaxSeconds: number;
  /** Read replicas of the PostgreSQL database (`DATABASE_REPLICA_URLS`, comma separated). */
  databaseReplicaUrls: string[];
  mentorCapacity: number;
  logQueries: boolean;
  /** pino level of the JSON logs on stdout (`silent` turns them off). */
  logLevel: LogLevel;
  /** How long a stopping server waits for in-flight requests before closing their connections. */
  shutdownGraceSeconds: number;
  /** Apply pending migrations at start: outside production only; production runs `npm run migrate`. */
  migrateAtStart: boolean;
  isProduction: boolean;
  /** Cost, shape and time limits of a request, and how many expensive operations run at once. */
  limits: LimitsConfig;
  /** The daily digest's secrets, scheduler and retries; channels, hour and thresholds live in the database. */
  reminders: RemindersConfig;
}

export interface RemindersConfig {
  /** Run the digest scheduler in this process (pg-boss on PostgreSQL, croner on SQLite). */
  schedulerEnabled: boolean;
  /** The portal's address as its users reach it, for the links in a digest (no trailing slash). */
  publicUrl: string;
  /** HMAC key of the webhook's signature (and a DingTalk robot's `sign` secret); unset: no webhook. */
  webhookSecret: string | null;
  /** smtp://user:pass@host:port or smtps://…; unset: no e-mail. */
  smtpUrl: string | null;
  smtpFrom: string;
  /** Attempts of one send before it is recorded FAILED, and the first wait between two (doubling). */
  sendAttempts: number;
  retryBaseMs: number;
  /** How long one send may take (webhook request, SMTP conversation). */
  sendTimeoutMs: number;
}

export interface LimitsConfig {
  queryCostMax: number;
  queryDepthMax: number;
  queryAliasesMax: number;
  queryDirectivesMax: number;
  queryTokensMax: number;
  /** Time a GraphQL request may take before it is answered with REQUEST_TIMEOUT and stopped. */
  requestBudgetMs: number;
  /** The same for a file download (a ledger). */
  downloadBudgetMs: number;
  /** Expensive operations (dashboard, ledger file) running at once on this instance / per account. */
  expensivePerInstance: number;
  expensivePerAccount: number;
  /** How long an expensive operation waits for a free slot before RATE_LIMITED. */
  expensiveQueueMs: number;
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

function replicaUrls(raw: string | undefined, database: DatabaseConfig): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (urls.length === 0) return [];
  if (database.kind !== 'postgres') throw new ConfigError('DATABASE_REPLICA_URLS needs a postgres:// DATABASE_URL');
  const bad = urls.find((u) => !/^postgres(ql)?:\/\//.test(u));
  if (bad) throw new ConfigError(`DATABASE_REPLICA_URLS must list postgres:// URLs, got "${bad}"`);
  return urls;
}

function str(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  return raw === undefined || raw === '' ? null : raw;
}

function reminders(env: NodeJS.ProcessEnv, port: number): RemindersConfig {
  const publicUrl = (str(env, 'PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl))
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  const smtpUrl = str(env, 'SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\/[^\s/]+/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  }
  const smtpFrom = str(env, 'SMTP_FROM') ?? 'Tongxin <tongxin@localhost>';
  if (!/@/.test(smtpFrom)) throw new ConfigError(`SMTP_FROM must be an e-mail address, got "${smtpFrom}"`);
  const webhookSecret = str(env, 'REMINDER_WEBHOOK_SECRET');
  if (webhookSecret !== null && webhookSecret.length < 16) {
    throw new ConfigError('REMINDER_WEBHOOK_SECRET must be at least 16 characters');
  }
  return {
    schedulerEnabled: bool(env, 'DIGEST_SCHEDULER', true),
    publicUrl,
    webhookSecret,
    smtpUrl,
    smtpFrom,
    sendAttempts: int(env, 'REMINDER_SEND_ATTEMPTS', 5, 1, 20),
    retryBaseMs: int(env, 'REMINDER_RETRY_BASE_MS', 60_000, 1, 3_600_000),
    sendTimeoutMs: int(env, 'REMINDER_SEND_TIMEOUT_MS', 10_000, 100, 120_000),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const isProduction = env.NODE_ENV === 'production';
  const database = parseDatabaseUrl(env.DATABASE_URL);
  const port = int(env, 'PORT', 4000, 0, 65535);
  return {
    port,
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
    loginAddressAttemptsPerWindow: int(env, 'LOGIN_ADDRESS_ATTEMPTS_PER_WINDOW', 30, 1, 10000),
    loginBackoffFirstSeconds: int(env, 'LOGIN_BACKOFF_FIRST_SECONDS', 1, 1, 3600),
    loginBackoffMaxSeconds: int(env, 'LOGIN_BACKOFF_MAX_SECONDS', 900, 1, 86400),
    databaseReplicaUrls: replicaUrls(env.DATABASE_REPLICA_URLS, database),
    mentorCapacity: int(env, 'MENTOR_CAPACITY', 5, 1, 50),
    logQueries: bool(env, 'LOG_QUERIES', false),
    logLevel: logLevel(env),
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    migrateAtStart: !isProduction,
    isProduction,
    limits: {
      queryCostMax: int(env, 'QUERY_COST_MAX', 10_000, 1, 10_000_000),
      queryDepthMax: int(env, 'QUERY_DEPTH_MAX', 12, 1, 100),
      queryAliasesMax: int(env, 'QUERY_ALIASES_MAX', 15, 0, 1000),
      queryDirectivesMax: int(env, 'QUERY_DIRECTIVES_MAX', 20, 0, 1000),
      queryTokensMax: int(env, 'QUERY_TOKENS_MAX', 3000, 100, 1_000_000),
      requestBudgetMs: int(env, 'REQUEST_BUDGET_MS', 15_000, 1, 600_000),
      downloadBudgetMs: int(env, 'DOWNLOAD_BUDGET_MS', 120_000, 1, 3_600_000),
      expensivePerInstance: int(env, 'EXPENSIVE_PER_INSTANCE', 4, 1, 1000),
      expensivePerAccount: int(env, 'EXPENSIVE_PER_ACCOUNT', 2, 1, 1000),
      expensiveQueueMs: int(env, 'EXPENSIVE_QUEUE_MS', 3000, 0, 600_000),
    },
    reminders: reminders(env, port),
  };
}
