import { Arg, Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { refId } from '../../common/plain-rows.js';
import { AuditEvent } from './audit-event.entity.js';
import { listAuditEvents } from './audit-log.service.js';
import { AuditEventConnection, AuditEventFilter } from './audit.types.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @ForViewer()
  @Query(() => AuditEventConnection, {
    description: '审计日志: the committee sees its bureau’s events, newest first; anyone else an empty list',
  })
  async auditEvents(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ): Promise<AuditEventConnection> {
    return toConnection(AuditEventConnection, await listAuditEvents(ctx, filter, page));
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'Who did it; null for an unknown login name' })
  actor(@RecordRoot() event: AuditEvent, @Ctx() ctx: AppContext): Promise<Officer | null> {
    return ctx.loaders.rows.load(Officer, refId(event.actor));
  }
}
