import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '@tongxin/schema';
import { Officer } from '../officers/officer.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  detail?: Record<string, unknown> | null;
}

/**
 * Appends an audit event to the unit of work: it is written by the same flush (and transaction)
 * as the change it records, so a rolled-back change leaves no event and vice versa.
 */
export function audit(
  em: EntityManager,
  // officerId null: done in the bureau by no account (the operator's roster import command).
  viewer: (Pick<Viewer, 'bureauId'> & { officerId: number | null }) | null,
  entry: AuditEntry,
) {
  em.persist(
    em.create(AuditEvent, {
      bureau: viewer ? em.getReference(Bureau, viewer.bureauId) : null,
      actor: viewer?.officerId != null ? em.getReference(Officer, viewer.officerId) : null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      detail: entry.detail ?? null,
    }),
  );
}
