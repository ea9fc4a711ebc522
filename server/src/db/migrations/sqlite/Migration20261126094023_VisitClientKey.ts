import { Migration } from '@mikro-orm/migrations';

// Nullable instants were created as text columns; SQLite cannot alter a column's type, so the two
// tables are rebuilt with datetime columns (and the visit's client key for idempotent resends).
export class Migration20261126094023_VisitClientKey extends Migration {
  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    // The pragma is a no-op inside the migration's transaction, so dropping \`visit\` would null
    // action_item.visit_id (on delete set null): keep the links aside and restore them below.
    this.addSql(`create table \`action_item_visit_backup\` as select \`id\`, \`visit_id\` from \`action_item\`;`);
    this.addSql(`create table \`visit__temp_alter\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`pairing_id\` integer not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`mentee_id\` integer not null, \`author_id\` integer not null, \`kind\` text check (\`kind\` in ('HOME_VISIT', 'INDIVIDUAL_TALK', 'FORUM', 'FOLLOW_UP')) not null, \`occurred_at\` datetime not null, \`location\` text null, \`participants\` text null, \`participant_mentor_ids\` json null, \`summary\` text not null, \`observations\` text null, \`confidential_notes\` text null, \`next_visit_due\` text null, \`acknowledged_at\` datetime null, \`acknowledgment_comment\` text null, \`client_key\` text null, \`version\` integer not null default 1, constraint \`visit_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on update cascade, constraint \`visit_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`visit_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`visit_mentee_id_foreign\` foreign key(\`mentee_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`visit_author_id_foreign\` foreign key(\`author_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`insert into \`visit__temp_alter\` (\`id\`, \`created_at\`, \`updated_at\`, \`pairing_id\`, \`bureau_id\`, \`branch_id\`, \`mentee_id\`, \`author_id\`, \`kind\`, \`occurred_at\`, \`location\`, \`participants\`, \`participant_mentor_ids\`, \`summary\`, \`observations\`, \`confidential_notes\`, \`next_visit_due\`, \`acknowledged_at\`, \`acknowledgment_comment\`, \`version\`) select \`id\`, \`created_at\`, \`updated_at\`, \`pairing_id\`, \`bureau_id\`, \`branch_id\`, \`mentee_id\`, \`author_id\`, \`kind\`, \`occurred_at\`, \`location\`, \`participants\`, \`participant_mentor_ids\`, \`summary\`, \`observations\`, \`confidential_notes\`, \`next_visit_due\`, \`acknowledged_at\`, \`acknowledgment_comment\`, \`version\` from \`visit\`;`);
    this.addSql(`drop table \`visit\`;`);
    this.addSql(`alter table \`visit__temp_alter\` rename to \`visit\`;`);
    this.addSql(`create index \`visit_pairing_id_index\` on \`visit\` (\`pairing_id\`);`);
    this.addSql(`create index \`visit_bureau_id_index\` on \`visit\` (\`bureau_id\`);`);
    this.addSql(`create index \`visit_branch_id_index\` on \`visit\` (\`branch_id\`);`);
    this.addSql(`create index \`visit_mentee_id_index\` on \`visit\` (\`mentee_id\`);`);
    this.addSql(`create index \`visit_author_id_index\` on \`visit\` (\`author_id\`);`);
    this.addSql(`create index \`visit_kind_index\` on \`visit\` (\`kind\`);`);
    this.addSql(`create index \`visit_occurred_at_index\` on \`visit\` (\`occurred_at\`);`);
    this.addSql(`create index \`visit_acknowledged_at_index\` on \`visit\` (\`acknowledged_at\`);`);
    this.addSql(`create index \`visit_branch_id_occurred_at_index\` on \`visit\` (\`branch_id\`, \`occurred_at\`);`);
    this.addSql(`create index \`visit_pairing_id_occurred_at_index\` on \`visit\` (\`pairing_id\`, \`occurred_at\`);`);
    this.addSql(`create unique index \`visit_author_id_client_key_unique\` on \`visit\` (\`author_id\`, \`client_key\`);`);
    this.addSql(`create table \`action_item__temp_alter\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`pairing_id\` integer null, \`visit_id\` integer null, \`talk_id\` integer null, \`owner_id\` integer not null, \`created_by_id\` integer null, \`description\` text not null, \`due_date\` text not null, \`status\` text check (\`status\` in ('OPEN', 'DONE', 'DROPPED')) not null default 'OPEN', \`note\` text null, \`closed_at\` datetime null, \`version\` integer not null default 1, constraint \`action_item_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`action_item_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`action_item_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on delete set null on update cascade, constraint \`action_item_visit_id_foreign\` foreign key(\`visit_id\`) references \`visit\`(\`id\`) on delete set null on update cascade, constraint \`action_item_talk_id_foreign\` foreign key(\`talk_id\`) references \`talk\`(\`id\`) on delete set null on update cascade, constraint \`action_item_owner_id_foreign\` foreign key(\`owner_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`action_item_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`officer\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`action_item__temp_alter\` select a.\`id\`, a.\`created_at\`, a.\`updated_at\`, a.\`bureau_id\`, a.\`branch_id\`, a.\`pairing_id\`, b.\`visit_id\`, a.\`talk_id\`, a.\`owner_id\`, a.\`created_by_id\`, a.\`description\`, a.\`due_date\`, a.\`status\`, a.\`note\`, a.\`closed_at\`, a.\`version\` from \`action_item\` a left join \`action_item_visit_backup\` b on b.\`id\` = a.\`id\`;`);
    this.addSql(`drop table \`action_item\`;`);
    this.addSql(`alter table \`action_item__temp_alter\` rename to \`action_item\`;`);
    this.addSql(`create index \`action_item_bureau_id_index\` on \`action_item\` (\`bureau_id\`);`);
    this.addSql(`create index \`action_item_branch_id_index\` on \`action_item\` (\`branch_id\`);`);
    this.addSql(`create index \`action_item_pairing_id_index\` on \`action_item\` (\`pairing_id\`);`);
    this.addSql(`create index \`action_item_visit_id_index\` on \`action_item\` (\`visit_id\`);`);
    this.addSql(`create index \`action_item_talk_id_index\` on \`action_item\` (\`talk_id\`);`);
    this.addSql(`create index \`action_item_owner_id_index\` on \`action_item\` (\`owner_id\`);`);
    this.addSql(`create index \`action_item_created_by_id_index\` on \`action_item\` (\`created_by_id\`);`);
    this.addSql(`create index \`action_item_due_date_index\` on \`action_item\` (\`due_date\`);`);
    this.addSql(`create index \`action_item_status_index\` on \`action_item\` (\`status\`);`);
    this.addSql(`create index \`action_item_status_due_date_index\` on \`action_item\` (\`status\`, \`due_date\`);`);
    this.addSql(`create index \`action_item_owner_id_status_index\` on \`action_item\` (\`owner_id\`, \`status\`);`);
    this.addSql(`create index \`action_item_pairing_id_status_index\` on \`action_item\` (\`pairing_id\`, \`status\`);`);
    this.addSql(`drop table \`action_item_visit_backup\`;`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
