import type { EntityManager } from '@mikro-orm/core';
import { Bureau } from '../../modules/org/bureau.entity.js';
import { seedDemoBureau } from './demo-bureau.js';

/** Loads the demo bureau only into an empty database: never over real data. */
export async function seedDemoIfEmpty(em: EntityManager, options: { now?: Date } = {}): Promise<boolean> {
  if ((await em.count(Bureau, {})) > 0) return false;
  await em.transactional((tx) => seedDemoBureau(tx, options.now ?? new Date()));
  return true;
}
