import type { ApolloServerPlugin } from '@apollo/server';
import type { SubjectRecord } from '@tongxin/schema';
import type { AppContext, ReadTrail } from '../../common/context.js';
import { AuditEvent } from './audit-event.entity.js';

/** Audit actions for reads of confidential content. */
export const READ_CONFIDENTIAL_TALK = 'read:Talk';
export const READ_CONFIDENTIAL_VISIT_NOTES = 'read:Visit.confidentialNotes';
export const READ_CONFIDENTIAL_FORUM_MINUTES = 'read:Forum.confidentialMinutes';

interface ReadGroup {
  subjectType: string;
  ids: Set<string>;
}

/** The detail of a read event: the records read, in id order, and how many. */
export interface ReadDetail {
  ids: string[];
  count: number;
}

const byNumber = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);

/**
 * Reads seen during one request (`ctx.reads`), grouped by action: one event per action per
 * request naming every record read, each record once however many of its fields or paths the
 * query touched (a list of 148 confidential talks is one event, not 148).
 */
export class ConfidentialReads implements ReadTrail {
  private buffer = new Map<string, ReadGroup>();

  constructor(private readonly ctx: AppContext) {}

  /**
   * A field of a confidential talk, or non-empty confidential visit notes or forum minutes, is a read
   * the auditor can trace.
   */
  noteFieldRead(type: string, record: SubjectRecord, field: string, value: unknown): void {
    if (!this.ctx.viewer || record.id == null) return;
    if (type === 'Talk' && record.confidential === true) {
      this.note(READ_CONFIDENTIAL_TALK, 'Talk', String(record.id));
    } else if (type === 'Visit' && field === 'confidentialNotes' && value != null && value !== '') {
      this.note(READ_CONFIDENTIAL_VISIT_NOTES, 'Visit', String(record.id));
    } else if (type === 'Forum' && field === 'confidentialMinutes' && value != null && value !== '') {
      // A forum's confidential minutes are read like a confidential talk: traced.
      this.note(READ_CONFIDENTIAL_FORUM_MINUTES, 'Forum', String(record.id));
    }
  }

  private note(action: string, subjectType: string, subjectId: string) {
    let group = this.buffer.get(action);
    if (!group) this.buffer.set(action, (group = { subjectType, ids: new Set() }));
    group.ids.add(subjectId);
  }

  /**
   * Writes the request's read events (one per action) in one INSERT statement. An event naming a
   * single record keeps it as its subject, so it links to that record; several records leave the
   * subject empty and are listed in the detail.
   */
  async flush(): Promise<void> {
    const buffer = this.buffer;
    this.buffer = new Map();
    const { ctx } = this;
    if (buffer.size === 0 || !ctx.viewer) return;
    const viewer = ctx.viewer;
    const at = ctx.clock.now();
    // A fork: the request's own EntityManager may hold a failed unit of work.
    await ctx.em.fork({ clear: true }).insertMany(
      AuditEvent,
      [...buffer.entries()].map(([action, group]) => {
        const ids = [...group.ids].sort(byNumber);
        const detail: ReadDetail = { ids, count: ids.length };
        return {
          bureau: viewer.bureauId,
          actor: viewer.officerId,
          action,
          subjectType: group.subjectType,
          subjectId: ids.length === 1 ? ids[0] : null,
          detail: { ...detail },
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
  }
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
          await contextValue.reads.flush();
        },
      };
    },
  };
}
