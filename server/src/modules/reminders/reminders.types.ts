import { DeliveryChannel, DeliveryStatus, NotificationKind, WebhookFormat } from '@tongxin/schema';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { guardedByParent } from '../../common/decisions.js';
import { refuseWith } from '../../common/validation-messages.js';
import { Notification } from './notification.entity.js';

export const NotificationConnection = connectionOf(Notification, 'Notification');
export type NotificationConnection = InstanceType<typeof NotificationConnection>;

@ObjectType({ description: 'The bell: how many entries the viewer has, and how many are unread' })
export class NotificationCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  unread!: number;
}
guardedByParent('NotificationCounts', 'Counts of the viewer’s own inbox, scoped by the Notification rule.');

@ObjectType({ description: 'How many things of one kind are due for the viewer now, and how many of them are late' })
export class DueKindCount {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Int, { description: 'Records due of this kind' })
  count!: number;

  @Field(() => Int, { description: 'Of them, the ones past their due date' })
  overdue!: number;
}
guardedByParent(
  'DueKindCount',
  'Counts of what is due for the viewer, from records the Notification rule scopes to them.',
);

@ObjectType({ description: 'The viewer’s own daily digest setting' })
export class ReminderPreferenceView {
  @Field({ description: 'Send me the daily digest' })
  digestEnabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Where my e-mail digest goes' })
  email!: string | null;
}
guardedByParent('ReminderPreferenceView', 'Only ever the viewer’s own setting.');

@InputType()
export class UpdateReminderPreferenceInput {
  @Field()
  digestEnabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Empty or null: no e-mail digest' })
  @IsOptional()
  @MaxLength(254, refuseWith('EMAIL_INVALID'))
  @Matches(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, refuseWith('EMAIL_INVALID'))
  email?: string | null;
}

@ObjectType({ description: 'One send of one digest through one channel' })
export class DigestDeliveryView {
  @Field(() => DeliveryChannel)
  channel!: DeliveryChannel;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (status code, timeout)' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}
guardedByParent('DigestDeliveryView', 'Reached only through ReminderSettings, the sysadmin’s; it names no person.');

const range = (min: number, max: number) => [
  Min(min, refuseWith('INVALID_INPUT')),
  Max(max, refuseWith('INVALID_INPUT')),
];
const apply =
  (...ds: PropertyDecorator[]): PropertyDecorator =>
  (t, k) =>
    ds.forEach((d) => d(t, k));

@InputType({ description: 'The bureau’s reminder channels, digest hour and thresholds' })
export class UpdateReminderSettingsInput {
  @Field(() => Int, { description: 'The version read: a save over a newer one is a CONFLICT' })
  @IsInt()
  version!: number;

  @Field()
  digestEnabled!: boolean;

  @Field(() => Int, { description: '0–23, bureau time (UTC+8)' })
  @apply(IsInt(), ...range(0, 23))
  digestHour!: number;

  @Field(() => Int)
  @apply(IsInt(), ...range(0, 30))
  dueSoonDays!: number;

  @Field(() => Int)
  @apply(IsInt(), ...range(1, 60))
  acknowledgeAfterDays!: number;

  @Field(() => Int)
  @apply(IsInt(), ...range(0, 180))
  planEndWindowDays!: number;

  @Field(() => Int)
  @apply(IsInt(), ...range(0, 100))
  branchOverduePercent!: number;

  @Field()
  webhookEnabled!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, refuseWith('TOO_LONG', { max: 500 }))
  webhookUrl?: string | null;

  @Field(() => WebhookFormat)
  webhookFormat!: WebhookFormat;

  @Field()
  emailEnabled!: boolean;
}
