import { LIMITS } from '@tongxin/schema';
import { IsOptional, MaxLength } from 'class-validator';
import { Optional } from '../../common/input-fields.js';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { AuditEvent } from './audit-event.entity.js';

@InputType({ description: 'Filters for the audit log; all optional, combined with AND' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. createPairing or read:Talk' })
  @IsOptional()
  @MaxLength(64)
  action?: string | null;

  @Optional(() => ID)
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(32)
  subjectType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The record: events about it, and read events naming it among the records they list',
  })
  @IsOptional()
  @MaxLength(LIMITS.idFilterMax)
  subjectId?: string | null;

  @Optional(() => Date, 'From this instant (inclusive)')
  from?: Date | null;

  @Optional(() => Date, 'Before this instant (exclusive)')
  to?: Date | null;
}

export const AuditEventConnection = connectionOf(AuditEvent, 'AuditEvent');
export type AuditEventConnection = InstanceType<typeof AuditEventConnection>;
