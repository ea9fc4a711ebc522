import type { EntityManager } from '@mikro-orm/core';
import { Officer } from '../officers/officer.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { ReminderPreference } from './reminder-preference.entity.js';
import { ReminderSettings } from './reminder-settings.entity.js';

// The reminder configuration's queries: the bureau's settings, a person's preference, and who gets
// a digest. Only this file and the other repositories of the module know the ORM.

/** The bureau's settings, or the defaults (not stored) when its sysadmin never saved any. */
export async function findSettings(em: EntityManager, bureauId: number): Promise<ReminderSettings> {
  const found = await em.findOne(ReminderSettings, { bureau: bureauId });
  if (found) return found;
  const defaults = new ReminderSettings();
  defaults.bureau = em.getReference(Bureau, bureauId, { wrapped: true });
  return defaults;
}

/** Stores changed settings; a new row for a bureau that had the defaults. */
export async function saveSettings(em: EntityManager, settings: ReminderSettings): Promise<void> {
  em.persist(settings);
  await em.flush();
}

export async function findPreference(em: EntityManager, officerId: number): Promise<ReminderPreference | null> {
  return em.findOne(ReminderPreference, { officer: officerId });
}

export async function savePreference(
  em: EntityManager,
  officerId: number,
  data: { digestEnabled: boolean; email: string | null },
): Promise<ReminderPreference> {
  const pref =
    (await findPreference(em, officerId)) ??
    em.create(ReminderPreference, { officer: em.getReference(Officer, officerId, { wrapped: true }) });
  pref.digestEnabled = data.digestEnabled;
  pref.email = data.email;
  await em.flush();
  return pref;
}

/** Every bureau: the digest is composed bureau by bureau, each at its own hour. */
export function allBureauIds(em: EntityManager): Promise<number[]> {
  return em.find(Bureau, {}, { fields: ['id'] }).then((rows) => rows.map((b) => b.id));
}

export interface DigestCandidate {
  officer: Officer;
  email: string | null;
}

/**
 * The people of a bureau who may receive a digest: an account that can log in, not turned off by
 * themselves, not one of the roles held alone (the sysadmin and the auditor are told about no
 * record). Two statements.
 */
export async function digestCandidates(em: EntityManager, bureauId: number): Promise<DigestCandidate[]> {
  const officers = await em.find(
    Officer,
    { bureau: bureauId, username: { $ne: null }, disabled: false, accountDisabled: false },
    { orderBy: { id: 'asc' } },
  );
  const prefs = await em.find(ReminderPreference, { officer: { $in: officers.map((o) => o.id) } });
  const byOfficer = new Map(prefs.map((p) => [p.officer.id, p]));
  return officers
    .filter((o) => byOfficer.get(o.id)?.digestEnabled !== false)
    .map((o) => ({ officer: o, email: byOfficer.get(o.id)?.email ?? null }));
}
