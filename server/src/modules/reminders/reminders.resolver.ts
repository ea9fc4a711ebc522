import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { MUTATION_ID } from '../../common/parse.js';
import {
  dueSummary,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationCounts,
} from './inbox.service.js';
import { Notification } from './notification.entity.js';
import { ReminderSettings } from './reminder-settings.entity.js';
import { bureauSettings, myPreference, updateBureauSettings, updateMyPreference } from './reminder-settings.service.js';
import { recentDeliveries } from './digest.service.js';
import {
  DigestDeliveryView,
  DueKindCount,
  NotificationConnection,
  NotificationCounts,
  ReminderPreferenceView,
  UpdateReminderPreferenceInput,
  UpdateReminderSettingsInput,
} from './reminders.types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @ForViewer()
  @Query(() => NotificationConnection, {
    description:
      '提醒: what is due for the viewer now (brought up to date on each call) and their digests, newest first',
  })
  async notifications(@Ctx() ctx: AppContext, @Args() page: PageArgs): Promise<NotificationConnection> {
    return toConnection(NotificationConnection, await listNotifications(ctx, page));
  }

  @ForViewer()
  @Query(() => NotificationCounts, { description: 'The bell: the viewer’s entries and unread entries' })
  notificationCounts(@Ctx() ctx: AppContext): Promise<NotificationCounts> {
    return notificationCounts(ctx);
  }

  @ForViewer()
  @Query(() => [DueKindCount], {
    description: 'The home page’s counts: what is due for the viewer now, per kind (the inbox’s own definition)',
  })
  dueSummary(@Ctx() ctx: AppContext): Promise<DueKindCount[]> {
    return dueSummary(ctx);
  }

  @ForViewer()
  @Mutation(() => Notification)
  markNotificationRead(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, MUTATION_ID) id: string,
    @Arg('read', () => Boolean, { defaultValue: true }) read: boolean,
  ): Promise<Notification> {
    return markNotificationRead(ctx, id, read);
  }

  @ForViewer()
  @Mutation(() => Int, { description: 'Marks every entry of the viewer read; the number marked' })
  markAllNotificationsRead(@Ctx() ctx: AppContext): Promise<number> {
    return markAllNotificationsRead(ctx);
  }

  @FieldResolver(() => Boolean)
  read(@Root() n: Notification): boolean {
    return n.readAt != null;
  }
}

@Resolver(() => ReminderSettings)
export class ReminderSettingsResolver {
  @ForViewer()
  @Query(() => ReminderPreferenceView, { description: 'The viewer’s own daily digest setting' })
  reminderPreference(@Ctx() ctx: AppContext): Promise<ReminderPreferenceView> {
    return myPreference(ctx);
  }

  @ForViewer()
  @Mutation(() => ReminderPreferenceView, { description: 'Turns the viewer’s own daily digest on or off' })
  updateReminderPreference(
    @Ctx() ctx: AppContext,
    @Arg('input') input: UpdateReminderPreferenceInput,
  ): Promise<ReminderPreferenceView> {
    return updateMyPreference(ctx, input);
  }

  @ForViewer()
  @Query(() => ReminderSettings, { description: 'The bureau’s reminder channels, digest hour and thresholds' })
  reminderSettings(@Ctx() ctx: AppContext): Promise<ReminderSettings> {
    return bureauSettings(ctx);
  }

  @ForViewer()
  @Mutation(() => ReminderSettings)
  updateReminderSettings(
    @Ctx() ctx: AppContext,
    @Arg('input') input: UpdateReminderSettingsInput,
  ): Promise<ReminderSettings> {
    return updateBureauSettings(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'REMINDER_WEBHOOK_SECRET is set on the server' })
  webhookSecretConfigured(@Ctx() ctx: AppContext): boolean {
    return ctx.config.reminders.webhookSecret !== null;
  }

  @FieldResolver(() => Boolean, { description: 'SMTP_URL is set on the server' })
  smtpConfigured(@Ctx() ctx: AppContext): boolean {
    return ctx.config.reminders.smtpUrl !== null;
  }

  @FieldResolver(() => [DigestDeliveryView], { description: 'The latest sends, newest first (at most 20)' })
  recentDeliveries(@Root() settings: ReminderSettings, @Ctx() ctx: AppContext): Promise<DigestDeliveryView[]> {
    return recentDeliveries(ctx, settings.bureau.id);
  }
}
