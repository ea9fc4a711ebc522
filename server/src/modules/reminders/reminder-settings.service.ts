import { type Viewer, DeliveryChannel } from '@tongxin/schema';
import { assertCan, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { inTransaction } from '../../common/transaction.js';
import { audit } from '../audit/audit.service.js';
import type { ReminderSettings } from './reminder-settings.entity.js';
import { findPreference, findSettings, savePreference, saveSettings } from './reminder-settings.repository.js';
import type {
  ReminderPreferenceView,
  UpdateReminderPreferenceInput,
  UpdateReminderSettingsInput,
} from './reminders.types.js';

/** The viewer's own digest setting (on, no e-mail address, until they change it). */
export async function myPreference(ctx: AppContext): Promise<ReminderPreferenceView> {
  const viewer = requireViewer(ctx);
  const pref = await findPreference(ctx.em, viewer.officerId);
  return { digestEnabled: pref?.digestEnabled ?? true, email: pref?.email ?? null };
}

export async function updateMyPreference(
  ctx: AppContext,
  input: UpdateReminderPreferenceInput,
): Promise<ReminderPreferenceView> {
  const viewer = requireViewer(ctx);
  // Only people with an inbox have a digest to turn off.
  if (!ctx.ability.can('read', 'Notification')) throw forbidden();
  const email = input.email?.trim() || null;
  const pref = await inTransaction(ctx, (em) => {
    audit(em, viewer, {
      action: 'updateReminderPreference',
      subjectType: 'ReminderPreference',
      subjectId: viewer.officerId,
      detail: { digestEnabled: input.digestEnabled, email: email !== null },
    });
    return savePreference(em, viewer.officerId, { digestEnabled: input.digestEnabled, email });
  });
  return { digestEnabled: pref.digestEnabled, email: pref.email ?? null };
}

/** The sysadmin's bureau settings, stored with the defaults the first time they are asked for. */
export async function bureauSettings(ctx: AppContext): Promise<ReminderSettings> {
  const viewer = requireViewer(ctx);
  const settings = await findSettings(ctx.em, viewer.bureauId);
  assertCan(ctx, 'read', 'ReminderSettings', settings);
  if (settings.id === undefined) await saveSettings(ctx.em, settings);
  return settings;
}

function parseWebhookUrl(raw: string | null | undefined): string | null {
  const url = raw?.trim() || null;
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('scheme');
  } catch {
    throw badInput('input.webhookUrl', 'WEBHOOK_URL_INVALID');
  }
  return url;
}

export async function updateBureauSettings(
  ctx: AppContext,
  input: UpdateReminderSettingsInput,
): Promise<ReminderSettings> {
  const viewer: Viewer = requireViewer(ctx);
  const { reminders } = ctx.config;
  const webhookUrl = parseWebhookUrl(input.webhookUrl);
  // A channel switched on must be able to send: its secret or server comes from the environment.
  if (input.webhookEnabled && !webhookUrl) throw badInput('input.webhookUrl', 'REQUIRED');
  if (input.webhookEnabled && !reminders.webhookSecret) {
    throw badInput('input.webhookEnabled', 'CHANNEL_NOT_CONFIGURED', { channel: DeliveryChannel.WEBHOOK });
  }
  if (input.emailEnabled && !reminders.smtpUrl) {
    throw badInput('input.emailEnabled', 'CHANNEL_NOT_CONFIGURED', { channel: DeliveryChannel.EMAIL });
  }
  return inTransaction(ctx, async (em) => {
    const settings = await findSettings(em, viewer.bureauId);
    assertCan(ctx, 'update', 'ReminderSettings', settings);
    if (settings.id !== undefined && settings.version !== input.version) throw conflict();
    Object.assign(settings, {
      digestEnabled: input.digestEnabled,
      digestHour: input.digestHour,
      dueSoonDays: input.dueSoonDays,
      acknowledgeAfterDays: input.acknowledgeAfterDays,
      planEndWindowDays: input.planEndWindowDays,
      branchOverduePercent: input.branchOverduePercent,
      webhookEnabled: input.webhookEnabled,
      webhookUrl,
      webhookFormat: input.webhookFormat,
      emailEnabled: input.emailEnabled,
    });
    // The webhook address is left out: a DingTalk robot's carries its access token.
    audit(em, viewer, {
      action: 'updateReminderSettings',
      subjectType: 'ReminderSettings',
      subjectId: viewer.bureauId,
      detail: {
        digestEnabled: input.digestEnabled,
        digestHour: input.digestHour,
        webhookEnabled: input.webhookEnabled,
        webhookFormat: input.webhookFormat,
        emailEnabled: input.emailEnabled,
      },
    });
    await saveSettings(em, settings);
    return settings;
  });
}
