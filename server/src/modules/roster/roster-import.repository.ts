import type { EntityManager } from '@mikro-orm/core';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';

// The reads of an import, a few statements for the whole file whatever its length: the bureau's
// branches in one, the officers the file names by badge in chunks of 500 (bound parameters stay
// far below SQLite's and PostgreSQL's limits).

const CHUNK = 500;

export class RosterImportRepository {
  constructor(private readonly em: EntityManager) {}

  branchesOf(bureauId: number): Promise<Branch[]> {
    return this.em.find(Branch, { bureau: bureauId }, { orderBy: { id: 'asc' } });
  }

  /** Officers with these badge numbers, in any bureau (a badge is unique across the database). */
  async officersByBadge(badges: string[]): Promise<Map<string, Officer>> {
    const found = new Map<string, Officer>();
    for (let i = 0; i < badges.length; i += CHUNK) {
      const chunk = badges.slice(i, i + CHUNK);
      for (const o of await this.em.find(Officer, { badgeNumber: { $in: chunk } })) found.set(o.badgeNumber, o);
    }
    return found;
  }
}
