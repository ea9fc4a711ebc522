import { Migration20261203122946_DigestDeliveryRetry } from './Migration20261203122946_DigestDeliveryRetry.js';
import { Migration20261203090245_Reminders } from './Migration20261203090245_Reminders.js';
import { Migration20261203090319_ForumsProblems } from './Migration20261203090319_ForumsProblems.js';
import { Migration20261203052918_LoginThrottle } from './Migration20261203052918_LoginThrottle.js';
import { Migration20261203053819_AdminAccounts } from './Migration20261203053819_AdminAccounts.js';
import { Migration20261203053853_ActionItemConfidential } from './Migration20261203053853_ActionItemConfidential.js';
import { Migration20261203022756_TalkClientKey } from './Migration20261203022756_TalkClientKey.js';
import { Migration20261126113604_LiveMenteeUnique } from './Migration20261126113604_LiveMenteeUnique.js';
import { Migration20261126095007_InstantColumns } from './Migration20261126095007_InstantColumns.js';
import { Migration20261126094023_VisitClientKey } from './Migration20261126094023_VisitClientKey.js';
import { Migration20261126093313_Initial } from './Migration20261126093313_Initial.js';
import type { MigrationObject } from '@mikro-orm/core';

// Applied in this order; a new migration is appended by `npm run migration:create`.
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261126093313_Initial', class: Migration20261126093313_Initial },
  { name: 'Migration20261126094023_VisitClientKey', class: Migration20261126094023_VisitClientKey },
  { name: 'Migration20261126095007_InstantColumns', class: Migration20261126095007_InstantColumns },
  { name: 'Migration20261126113604_LiveMenteeUnique', class: Migration20261126113604_LiveMenteeUnique },
  { name: 'Migration20261203022756_TalkClientKey', class: Migration20261203022756_TalkClientKey },
  { name: 'Migration20261203052918_LoginThrottle', class: Migration20261203052918_LoginThrottle },
  { name: 'Migration20261203053819_AdminAccounts', class: Migration20261203053819_AdminAccounts },
  { name: 'Migration20261203053853_ActionItemConfidential', class: Migration20261203053853_ActionItemConfidential },
  { name: 'Migration20261203090245_Reminders', class: Migration20261203090245_Reminders },
  { name: 'Migration20261203090319_ForumsProblems', class: Migration20261203090319_ForumsProblems },
  { name: 'Migration20261203122946_DigestDeliveryRetry', class: Migration20261203122946_DigestDeliveryRetry },
];
