import { EntityRepository } from '@mikro-orm/knex';
import type { PairingMentor } from './pairing-mentor.entity.js';

/** Mentor terms' queries. */
export class PairingMentorRepository extends EntityRepository<PairingMentor> {
  /** The officers currently mentoring a pairing (terms not ended). */
  async currentMentorIds(pairingId: number): Promise<Set<number>> {
    const terms = await this.find({ pairing: pairingId, endedAt: null });
    return new Set(terms.map((t) => t.officer.id));
  }
}
