import type { EntityManager } from '@mikro-orm/core';
import { hashPassword } from '../../modules/auth/password.js';
import { Bureau } from '../../modules/org/bureau.entity.js';
import { DemoCalendar } from './calendar.js';
import { planContacts } from './contacts.js';
import { seedForums } from './forums.js';
import { planPairings } from './pairing-plans.js';
import { createPairings } from './pairings.js';
import { Rng } from './prng.js';
import { RecordWriter } from './records.js';
import { createRoster, insertRoster } from './roster.js';
import { planBureauTalks } from './talks.js';

export const DEMO_PASSWORD = 'tongxin-demo';

/** Change only on purpose: every demo row (names, dates, texts) follows from it and `now`. */
const SEED = 20_200_826;

/**
 * The demo bureau of DESIGN.md "Demo data", modelled on the article: 鄞州分局 with 47 branches (24
 * stations), about 1,500 officers, 39 pairings with their visits (13 follow-up education visits),
 * talks, action items and reviews, and about 30 forums with the 93 problems raised at them, over the
 * nine months before `now`. Deterministic: the same `now`
 * gives the same rows. The officers are inserted first (visits list the mentors present by id), then
 * everything else in one flush of batched INSERTs.
 */
export async function seedDemoBureau(em: EntityManager, now: Date) {
  const root = new Rng(SEED);
  const [staffRng, planRng, pairingRng, contactRng, talkRng, recordRng] = [1, 2, 3, 4, 5, 6].map((i) => root.fork(i));
  const cal = new DemoCalendar(now);
  const setUp = cal.at(330, 9 * 60);
  // One argon2id hash for the nine accounts: hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const bureau = em.create(Bureau, { name: '鄞州分局', code: 'YZ', createdAt: setUp, updatedAt: setUp });
  const roster = createRoster(em, bureau, staffRng, passwordHash, setUp);
  const plans = planPairings(roster, cal, planRng);
  await insertRoster(em, bureau, roster);

  createPairings({ em, bureau, cal, rng: pairingRng, committee: roster.accounts.committee }, plans);
  const writer = new RecordWriter(em, bureau, cal, recordRng);
  for (const slot of planContacts(plans, roster, contactRng)) writer.write(slot);
  for (const slot of planBureauTalks(roster, plans, talkRng)) writer.write(slot);
  seedForums(em, bureau, roster, plans, cal, root.fork(7));
  writer.finish(plans.map((p) => p.entity));
  await em.flush();
}
