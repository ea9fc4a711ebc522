import type { RequestServices } from '../../services.js';
import { addDays } from '../../common/clock.js';
import type { Pairing } from '../pairings/pairing.entity.js';

// A pairing's last contact and next due date follow its visits and talks. They are written with
// a plain UPDATE, not through the entity: logging a contact is not an edit of the pairing, so it
// must not bump the pairing's version and turn a secretary's open edit form into a CONFLICT.
// Every writer of these two columns as a side effect goes through PairingRepository#writeContact.

const asDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));

/** A contact at `occurredAt`: last contact = the later of the two, next due = last + interval. */
export async function recordContact(services: RequestServices, pairing: Pairing, occurredAt: Date): Promise<void> {
  const last = asDate(pairing.lastContactAt);
  if (last && last.getTime() >= occurredAt.getTime()) return;
  await services.pairings.writeContact(pairing, occurredAt, addDays(occurredAt, pairing.contactIntervalDays));
}

/** After a contact's date was corrected: the latest visit or talk of the pairing decides. */
export async function recomputeContact(services: RequestServices, pairing: Pairing): Promise<void> {
  const visit = await services.visits.latestOccurredAt(pairing.id);
  const talk = await services.talks.latestOccurredAt(pairing.id);
  const times = [visit, talk].filter((d): d is Date => !!d);
  const last = times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
  const from = last ?? new Date(`${pairing.startDate}T00:00:00+08:00`);
  await services.pairings.writeContact(pairing, last, addDays(from, pairing.contactIntervalDays));
}
