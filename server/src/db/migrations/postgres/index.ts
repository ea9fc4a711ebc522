import { Migration20261203122949_DigestDeliveryRetry } from './Migration20261203122949_DigestDeliveryRetry.js';
import { Migration20261203090249_Reminders } from './Migration20261203090249_Reminders.js';
import { Migration20261203090321_ForumsProblems } from './Migration20261203090321_ForumsProblems.js';
import { Migration20261203052922_LoginThrottle } from './Migration20261203052922_LoginThrottle.js';
import { Migration20261203053824_AdminAccounts } from './Migration20261203053824_AdminAccounts.js';
import { Migration20261203053855_ActionItemConfidential } from './Migration20261203053855_ActionItemConfidential.js';
import { Migration20261203022757_TalkClientKey } from './Migration20261203022757_TalkClientKey.js';
import { Migration20261126113608_LiveMenteeUnique } from './Migration20261126113608_LiveMenteeUnique.js';
import { Migration20261126095009_InstantColumns } from './Migration20261126095009_InstantColumns.js';
import { Migration20261126094025_VisitClientKey } from './Migration20261126094025_VisitClientKey.js';
import { Migration20261126093313_Initial } from './Migration20261126093313_Initial.js';
import type { MigrationObject } from '@mikro-orm/core';

// Applied in this order; a new migration is appended by `npm run migration:create`.
export const postgresMigrations: MigrationObject[] = [
  { name: 'Migration20261126093313_Initial', class: Migration20261126093313_Initial },
  { name: 'Migration20261126094025_VisitClientKey', class: Migration20261126094025_VisitClientKey },
  { name: 'Migration20261126095009_InstantColumns', class: Migration20261126095009_InstantColumns },
  { name: 'Migration20261126113608_LiveMenteeUnique', class: Migration20261126113608_LiveMenteeUnique },
  { name: 'Migration20261203022757_TalkClientKey', class: Migration20261203022757_TalkClientKey },
  { name: 'Migration20261203052922_LoginThrottle', class: Migration20261203052922_LoginThrottle },
  { name: 'Migration20261203053824_AdminAccounts', class: Migration20261203053824_AdminAccounts },
  { name: 'Migration20261203053855_ActionItemConfidential', class: Migration20261203053855_ActionItemConfidential },
  { name: 'Migration20261203090249_Reminders', class: Migration20261203090249_Reminders },
  { name: 'Migration20261203090321_ForumsProblems', class: Migration20261203090321_ForumsProblems },
  { name: 'Migration20261203122949_DigestDeliveryRetry', class: Migration20261203122949_DigestDeliveryRetry },
];
