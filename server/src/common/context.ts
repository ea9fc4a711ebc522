import type { EntityManager } from '@mikro-orm/core';
import type { AppAbility, Viewer } from '@tongxin/schema';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';
import type { Clock } from './clock.js';

export interface SessionInfo {
  id: number;
  tokenHash: string;
}

export interface AppContext {
  em: EntityManager;
  config: AppConfig;
  clock: Clock;
  req: Request;
  res: Response;
  /** Null for an anonymous request. */
  viewer: Viewer | null;
  session: SessionInfo | null;
  ability: AppAbility;
  /** Request-scoped cache of the records' CASL views, keyed by entity instance. */
  subjects: WeakMap<object, Record<string, unknown>>;
}
