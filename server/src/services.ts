import type { EntityManager } from '@mikro-orm/core';
import { ActionItem } from './modules/action-items/action-item.entity.js';
import type { ActionItemRepository } from './modules/action-items/action-item.repository.js';
import { Forum } from './modules/forums/forum.entity.js';
import type { ForumRepository } from './modules/forums/forum.repository.js';
import { Officer } from './modules/officers/officer.entity.js';
import type { OfficerRepository } from './modules/officers/officer.repository.js';
import { PairingMentor } from './modules/pairings/pairing-mentor.entity.js';
import type { PairingMentorRepository } from './modules/pairings/pairing-mentor.repository.js';
import { Pairing } from './modules/pairings/pairing.entity.js';
import type { PairingRepository } from './modules/pairings/pairing.repository.js';
import { Problem } from './modules/problems/problem.entity.js';
import type { ProblemRepository } from './modules/problems/problem.repository.js';
import { Talk } from './modules/talks/talk.entity.js';
import type { TalkRepository } from './modules/talks/talk.repository.js';
import { Visit } from './modules/visits/visit.entity.js';
import type { VisitRepository } from './modules/visits/visit.repository.js';

/**
 * The repositories of a request (`ctx.services`), bound to its EntityManager fork, so a resolver
 * or service takes what it reads from here instead of reaching into `ctx.em`. Inside
 * `inTransaction` the work is handed the same repositories bound to the transaction's fork
 * (`within`): these ones read outside the transaction.
 */
export interface RequestServices {
  actionItems: ActionItemRepository;
  forums: ForumRepository;
  officers: OfficerRepository;
  pairingMentors: PairingMentorRepository;
  pairings: PairingRepository;
  problems: ProblemRepository;
  talks: TalkRepository;
  visits: VisitRepository;
  /** The same repositories bound to another fork (a transaction's). */
  within(em: EntityManager): RequestServices;
}

export function createServices(em: EntityManager): RequestServices {
  return {
    actionItems: em.getRepository(ActionItem),
    forums: em.getRepository(Forum),
    officers: em.getRepository(Officer),
    pairingMentors: em.getRepository(PairingMentor),
    pairings: em.getRepository(Pairing),
    problems: em.getRepository(Problem),
    talks: em.getRepository(Talk),
    visits: em.getRepository(Visit),
    within: createServices,
  };
}
