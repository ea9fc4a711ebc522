import type { ActionItem } from '../action-items/action-item.entity.js';
import type { Pairing } from '../pairings/pairing.entity.js';

// The words and links of an entry. A label is a person's or branch's name: a digest may travel
// through a gateway outside the bureau's control, so no record's text ever goes into one.

export const menteeName = (p: Pairing) => p.mentee.unwrap().name;

export const pairingLink = (id: number) => `/pairings/${id}`;

/** An item opens on its pairing's page (where its list is), or in the items list when it has none. */
export const actionItemLink = (i: ActionItem) => (i.pairing ? `/pairings/${i.pairing.id}` : '/action-items');
