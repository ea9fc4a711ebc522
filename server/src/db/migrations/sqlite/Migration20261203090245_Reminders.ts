import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090245_Reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`recipient_id\` integer not null, \`bureau_id\` integer not null, \`key\` text not null, \`kind\` text check (\`kind\` in ('CONTACT_DUE', 'ITEM_DUE', 'VISIT_UNACKNOWLEDGED', 'VISIT_TO_ACKNOWLEDGE', 'PAIRING_OVERDUE', 'PLAN_ENDING', 'REVIEW_WAITING', 'ESCALATED', 'BRANCH_OVERDUE', 'PROBLEM_OVERDUE', 'DIGEST')) not null, \`subject_type\` text null, \`subject_id\` integer null, \`label\` text not null, \`due_date\` text null, \`overdue\` integer not null default false, \`count\` integer null, \`link\` text not null, \`read_at\` datetime null, constraint \`notification_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`notification_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`notification_recipient_id_index\` on \`notification\` (\`recipient_id\`);`);
    this.addSql(`create index \`notification_bureau_id_index\` on \`notification\` (\`bureau_id\`);`);
    this.addSql(`create index \`notification_recipient_id_read_at_index\` on \`notification\` (\`recipient_id\`, \`read_at\`);`);
    this.addSql(`create unique index \`notification_recipient_id_key_unique\` on \`notification\` (\`recipient_id\`, \`key\`);`);

    this.addSql(`create table \`digest_delivery\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`digest_id\` integer not null, \`bureau_id\` integer not null, \`channel\` text check (\`channel\` in ('WEBHOOK', 'EMAIL')) not null, \`status\` text check (\`status\` in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`last_error\` text null, \`sent_at\` datetime null, constraint \`digest_delivery_digest_id_foreign\` foreign key(\`digest_id\`) references \`notification\`(\`id\`) on delete cascade on update cascade, constraint \`digest_delivery_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`digest_delivery_digest_id_index\` on \`digest_delivery\` (\`digest_id\`);`);
    this.addSql(`create index \`digest_delivery_bureau_id_index\` on \`digest_delivery\` (\`bureau_id\`);`);
    this.addSql(`create index \`digest_delivery_bureau_id_created_at_index\` on \`digest_delivery\` (\`bureau_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`digest_delivery_digest_id_channel_unique\` on \`digest_delivery\` (\`digest_id\`, \`channel\`);`);

    this.addSql(`create table \`reminder_preference\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`officer_id\` integer not null, \`digest_enabled\` integer not null default true, \`email\` text null, constraint \`reminder_preference_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`reminder_preference_officer_id_unique\` on \`reminder_preference\` (\`officer_id\`);`);

    this.addSql(`create table \`reminder_settings\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`digest_enabled\` integer not null default true, \`digest_hour\` integer not null default 8, \`due_soon_days\` integer not null default 3, \`acknowledge_after_days\` integer not null default 7, \`plan_end_window_days\` integer not null default 14, \`branch_overdue_percent\` integer not null default 20, \`webhook_enabled\` integer not null default false, \`webhook_url\` text null, \`webhook_format\` text check (\`webhook_format\` in ('GENERIC', 'DINGTALK')) not null default 'GENERIC', \`email_enabled\` integer not null default false, \`version\` integer not null default 1, constraint \`reminder_settings_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`reminder_settings_bureau_id_unique\` on \`reminder_settings\` (\`bureau_id\`);`);
  }

}
