import type { ApolloServerPlugin } from '@apollo/server';
import type { SubjectRecord } from '@tongxin/schema';
import type { AppContext } from '../../common/context.js';
import { AuditEvent } from './audit-event.entity.js';

/** Audit actions for reads of confidential content. */
export const READ_CONFIDENTIAL_TALK = 'read:Talk';
export const READ_CONFIDENTIAL_VISIT_NOTES = 'read:Visit.confidentialNotes';

interface ReadEntry {
  action: string;
  subjectType: string;
  subjectId: string;
}

// Reads seen during one request, keyed by the request's context object: one event per record
// per request, however many of its fields or paths the query touched.
const buffers = new WeakMap<object, Map<string, ReadEntry>>();

function note(ctx: AppContext, entry: ReadEntry) {
  let buffer = buffers.get(ctx);
  if (!buffer) buffers.set(ctx, (buffer = new Map()));
  buffer.set(`${entry.action}|${entry.subjectId}`, entry);
}

/**
 * Called by the field middleware for every field it lets through on a subject record: a field of
 * a confidential talk, or non-empty confidential visit notes, is a read the committee can trace.
 */
export function noteFieldRead(
  ctx: AppContext,
  type: string,
  record: SubjectRecord,
  field: string,
  value: unknown,
): void {
  if (!ctx.viewer || record.id == null) return;
  if (type === 'Talk' && record.confidential === true) {
    note(ctx, { action: READ_CONFIDENTIAL_TALK, subjectType: 'Talk', subjectId: String(record.id) });
  } else if (type === 'Visit' && field === 'confidentialNotes' && value != null && value !== '') {
    note(ctx, { action: READ_CONFIDENTIAL_VISIT_NOTES, subjectType: 'Visit', subjectId: String(record.id) });
  }
}

/** Writes the request's read events in one INSERT statement. */
export async function flushReads(ctx: AppContext): Promise<void> {
  const buffer = buffers.get(ctx);
  buffers.delete(ctx);
  if (!buffer || buffer.size === 0 || !ctx.viewer) return;
  const viewer = ctx.viewer;
  const at = ctx.clock.now();
  // A fork: the request's own EntityManager may hold a failed unit of work.
  await ctx.em.fork({ clear: true }).insertMany(
    AuditEvent,
    [...buffer.values()].map((e) => ({
      bureau: viewer.bureauId,
      actor: viewer.officerId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      detail: null,
      createdAt: at,
      updatedAt: at,
    })),
  );
}

/**
 * Flushes the read events before the response leaves: Apollo awaits willSendResponse, so a
 * confidential record is never delivered without its trace.
 */
export function auditReadsPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await flushReads(contextValue);
        },
      };
    },
  };
}
