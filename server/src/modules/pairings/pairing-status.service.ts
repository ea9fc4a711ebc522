import { type Action, PairingStatus } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { inTransaction } from '../../common/transaction.js';
import { conflict } from '../../common/errors.js';
import { toSubject } from '../../common/subject.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { parseId, requiredText } from '../../common/parse.js';
import { PairingEvent } from './pairing-event.entity.js';
import { PAIRING } from './pairing-update.service.js';
import { wrongStatus } from './pairing-validation.js';
import { Pairing } from './pairing.entity.js';

interface Transition {
  action: Action;
  auditAction: string;
  eventType: string;
  to: PairingStatus;
  refusal: 'CANCEL_NOT_ACTIVE' | 'SUBMIT_NOT_ACTIVE';
  apply: (pairing: Pairing, text: string, now: Date) => void;
}

/** An ACTIVE pairing moves on; the text (reason, summary) is required and goes into the event. */
async function transition(
  ctx: AppContext,
  rawId: string,
  text: { value: string; field: string },
  version: number | null | undefined,
  t: Transition,
): Promise<Pairing> {
  const viewer = requireViewer(ctx);
  const id = parseId('id', rawId);
  const value = requiredText(text.field, text.value);
  return inTransaction(ctx, async (em) => {
    const pairing = await getReadableOrFail(ctx, Pairing, 'Pairing', id, PAIRING, em);
    // The rules allow these actions on ACTIVE pairings only. Someone who could never do it gets
    // FORBIDDEN; someone who could, had the pairing not moved on, gets CONFLICT (reload and see).
    assertCan(ctx, t.action, 'Pairing', { ...toSubject('Pairing', pairing), status: PairingStatus.ACTIVE });
    if (version != null && version !== pairing.version) throw conflict();
    if (pairing.status !== PairingStatus.ACTIVE) throw wrongStatus(pairing.status, t.refusal);
    assertCan(ctx, t.action, 'Pairing', pairing);
    const now = ctx.clock.now();
    const from = pairing.status;
    pairing.status = t.to;
    pairing.updatedAt = now;
    t.apply(pairing, value, now);
    em.create(PairingEvent, {
      pairing,
      type: t.eventType,
      fromStatus: from,
      toStatus: t.to,
      note: value,
      actor: em.getReference(Officer, viewer.officerId),
      occurredAt: now,
    });
    audit(em, viewer, {
      action: t.auditAction,
      subjectType: 'Pairing',
      subjectId: pairing.id,
      detail: { from, to: t.to },
    });
    await em.flush();
    return pairing;
  });
}

/** 撤销结对: only an active pairing, with a reason. */
export function cancelPairing(ctx: AppContext, id: string, reason: string, version?: number | null) {
  return transition(ctx, id, { value: reason, field: 'reason' }, version, {
    action: 'cancel',
    auditAction: 'cancelPairing',
    eventType: 'cancelled',
    to: PairingStatus.CANCELLED,
    refusal: 'CANCEL_NOT_ACTIVE',
    apply: (p, reasonText) => {
      p.cancelReason = reasonText;
      p.attention = null;
    },
  });
}

/** 提交评估: the branch's secretary sends an active pairing to the committee with a summary. */
export function submitPairingForReview(ctx: AppContext, id: string, summary: string, version?: number | null) {
  return transition(ctx, id, { value: summary, field: 'summary' }, version, {
    action: 'submit',
    auditAction: 'submitPairingForReview',
    eventType: 'submitted',
    to: PairingStatus.IN_REVIEW,
    refusal: 'SUBMIT_NOT_ACTIVE',
    apply: (p, summaryText, now) => {
      p.reviewSummary = summaryText;
      p.submittedAt = now;
    },
  });
}
