import { EntityRepository } from '@mikro-orm/knex';
import { convertRow, rowFields, rowQuery, runRows } from '../../common/plain-rows.js';
import { Officer } from '../officers/officer.entity.js';
import { PairingMentor } from './pairing-mentor.entity.js';

/** Mentor terms' queries. */
export class PairingMentorRepository extends EntityRepository<PairingMentor> {
  /** The officers currently mentoring a pairing (terms not ended). */
  async currentMentorIds(pairingId: number): Promise<Set<number>> {
    const terms = await this.find({ pairing: pairingId, endedAt: null });
    return new Set(terms.map((t) => t.officer.id));
  }

  /**
   * Every term of these pairings, oldest first, with its officer, in one joined statement, as rows
   * (see common/plain-rows.ts): each term's `officer` holds the id, the officers come apart.
   */
  async termsWithOfficers(pairingIds: readonly number[]): Promise<{ terms: PairingMentor[]; officers: Officer[] }> {
    const qb = rowQuery(this.em, PairingMentor, 'pm')
      .leftJoinAndSelect('pm.officer', 'o', {}, rowFields(this.em, Officer) as never)
      .where({ pairing: { $in: [...pairingIds] } })
      .orderBy({ startedAt: 'asc', id: 'asc' });
    const terms = await runRows(this.em, qb);
    const officers = new Map<number, Officer>();
    for (const term of terms as unknown as Record<string, unknown>[]) {
      const officer = term.officer as Record<string, unknown> | number | null;
      if (officer && typeof officer === 'object') {
        officers.set(officer.id as number, convertRow(this.em, Officer, officer));
        term.officer = officer.id;
      }
    }
    return { terms, officers: [...officers.values()] };
  }
}
