import { PairingStatus, ReviewDecision } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import { addDays, localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import { inTransaction } from '../../common/transaction.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { parseDay } from '../../common/parse.js';
import { Officer } from '../officers/officer.entity.js';
import { parseId } from '../../common/parse.js';
import { PairingEvent } from '../pairings/pairing-event.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';
import type { ReviewPairingInput } from './review.types.js';

const NEXT_STATUS: Record<ReviewDecision, PairingStatus> = {
  CONCLUDE: PairingStatus.CONCLUDED,
  EXTEND: PairingStatus.ACTIVE,
  ESCALATE: PairingStatus.ESCALATED,
};

/** The input rules that do not depend on the record (besides today's date). */
function validate(input: ReviewPairingInput, today: string) {
  const comments = input.comments?.trim() || null;
  if (input.decision !== ReviewDecision.CONCLUDE && !comments) {
    throw badInput('comments', 'COMMENTS_REQUIRED');
  }
  let newPlannedEndDate: string | null = null;
  if (input.decision === ReviewDecision.EXTEND) {
    if (!input.newPlannedEndDate) {
      throw badInput('newPlannedEndDate', 'NEW_END_DATE_REQUIRED');
    }
    newPlannedEndDate = parseDay('newPlannedEndDate', input.newPlannedEndDate);
    if (newPlannedEndDate <= today) {
      throw badInput('newPlannedEndDate', 'NEW_END_DATE_NOT_AFTER_TODAY');
    }
  } else if (input.newPlannedEndDate) {
    throw badInput('newPlannedEndDate', 'NEW_END_DATE_EXTEND_ONLY');
  }
  return { comments, newPlannedEndDate };
}

export class ReviewService {
  /**
   * 成效评估. One transaction: the review, the pairing's new status, its timeline event and the
   * audit event. The status is checked inside the transaction and the pairing's version column
   * makes a concurrent second review fail on flush (CONFLICT) instead of writing a second review.
   */
  async reviewPairing(ctx: AppContext, input: ReviewPairingInput): Promise<Pairing> {
    const viewer = requireViewer(ctx);
    const id = parseId('pairingId', input.pairingId);
    await inTransaction(ctx, async (em) => {
      const pairing = await getReadableOrFail(ctx, Pairing, 'Pairing', id, 'PAIRING_NOT_FOUND', em);
      if (!ctx.ability.can('review', 'Pairing')) throw forbidden('COMMITTEE_ONLY');
      if (pairing.status !== PairingStatus.IN_REVIEW) {
        throw conflict('NOT_AWAITING_REVIEW');
      }
      assertCan(ctx, 'review', 'Pairing', pairing);
      if (input.version != null && input.version !== pairing.version) throw conflict();
      const now = ctx.clock.now();
      const { comments, newPlannedEndDate } = validate(input, localDate(now));
      const next = NEXT_STATUS[input.decision];

      const review = em.create(OutcomeReview, {
        pairing,
        bureau: pairing.bureau,
        branch: pairing.branch,
        mentee: pairing.mentee,
        reviewer: em.getReference(Officer, viewer.officerId),
        rating: input.rating,
        decision: input.decision,
        comments,
        newPlannedEndDate,
        submissionSummary: pairing.reviewSummary ?? null,
        createdAt: now,
        updatedAt: now,
      });
      pairing.status = next;
      pairing.updatedAt = now;
      if (newPlannedEndDate) {
        pairing.plannedEndDate = newPlannedEndDate;
        // The extension starts a fresh contact interval from the review.
        pairing.nextContactDue = addDays(now, pairing.contactIntervalDays);
      }
      em.create(PairingEvent, {
        pairing,
        type: 'reviewed',
        fromStatus: PairingStatus.IN_REVIEW,
        toStatus: next,
        // The decision only: the rating and comments stay on the review, readable per its rules.
        note: newPlannedEndDate ? `${input.decision} → ${newPlannedEndDate}` : input.decision,
        actor: em.getReference(Officer, viewer.officerId),
        occurredAt: now,
      });
      await em.flush();
      audit(em, viewer, {
        action: 'reviewPairing',
        subjectType: 'Pairing',
        subjectId: pairing.id,
        detail: { reviewId: review.id, decision: input.decision, rating: input.rating, status: next },
      });
    });
    return ctx.em.findOneOrFail(Pairing, id);
  }
}
