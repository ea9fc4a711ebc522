import type { AppConfig } from './config.js';

/**
 * Why this configuration must not serve a production bureau, as sentences for the operator. Only
 * what the configuration alone tells: the database's own state is checked once it is open
 * (`db/database-status.ts`).
 */
export function configRefusals(config: AppConfig): string[] {
  if (!config.isProduction) return [];
  const refusals: string[] = [];
  if (config.database.kind !== 'postgres') {
    refusals.push(
      'DATABASE_URL must name a PostgreSQL database (postgres://user@host:5432/db): the embedded SQLite file is for trying Tongxin out.',
    );
  }
  if (!config.cookieSecureExplicit || !config.cookieSecure) {
    refusals.push(
      'COOKIE_SECURE=true is required: serve Tongxin behind HTTPS so that the session cookie never travels in clear (see docs/operations.md).',
    );
  }
  return refusals;
}
