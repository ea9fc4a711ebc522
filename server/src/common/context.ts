import type { EntityManager } from '@mikro-orm/core';
import type { AppAbility, SubjectRecord, Viewer } from '@tongxin/schema';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';
import type { RequestLoaders } from '../loaders.js';
import type { RequestServices } from '../services.js';
import type { Clock } from './clock.js';
import type { RequestLimits } from './limits/request-limits.js';

export interface SessionInfo {
  id: number;
  tokenHash: string;
}

/**
 * The request's trail of confidential reads. The audit module implements it; the field
 * middleware reaches it through the context, so common/ depends on no module.
 */
export interface ReadTrail {
  /** Called for every field the middleware lets through on a subject record. */
  noteFieldRead(type: string, record: SubjectRecord, field: string, value: unknown): void;
  /** Writes the request's read events; called once before the response leaves. */
  flush(): Promise<void>;
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
  /** The request's DataLoaders, every one of them (see loaders.ts). */
  loaders: RequestLoaders;
  /** The request's repositories, bound to `em` (see services.ts). */
  services: RequestServices;
  reads: ReadTrail;
  /** The request's time budget and its way into the line for expensive operations. */
  limits: RequestLimits;
}
