import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090249_Reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recipient_id" int not null, "bureau_id" int not null, "key" varchar(80) not null, "kind" text check ("kind" in ('CONTACT_DUE', 'ITEM_DUE', 'VISIT_UNACKNOWLEDGED', 'VISIT_TO_ACKNOWLEDGE', 'PAIRING_OVERDUE', 'PLAN_ENDING', 'REVIEW_WAITING', 'ESCALATED', 'BRANCH_OVERDUE', 'PROBLEM_OVERDUE', 'DIGEST')) not null, "subject_type" varchar(20) null, "subject_id" int null, "label" varchar(200) not null, "due_date" varchar(10) null, "overdue" boolean not null default false, "count" int null, "link" varchar(200) not null, "read_at" timestamptz null);`);
    this.addSql(`create index "notification_bureau_id_index" on "notification" ("bureau_id");`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_key_unique" unique ("recipient_id", "key");`);

    this.addSql(`create table "digest_delivery" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "digest_id" int not null, "bureau_id" int not null, "channel" text check ("channel" in ('WEBHOOK', 'EMAIL')) not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_error" varchar(300) null, "sent_at" timestamptz null);`);
    this.addSql(`create index "digest_delivery_bureau_id_created_at_index" on "digest_delivery" ("bureau_id", "created_at");`);
    this.addSql(`alter table "digest_delivery" add constraint "digest_delivery_digest_id_channel_unique" unique ("digest_id", "channel");`);

    this.addSql(`create table "reminder_preference" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" int not null, "digest_enabled" boolean not null default true, "email" varchar(254) null);`);
    this.addSql(`alter table "reminder_preference" add constraint "reminder_preference_officer_id_unique" unique ("officer_id");`);

    this.addSql(`create table "reminder_settings" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "digest_enabled" boolean not null default true, "digest_hour" int not null default 8, "due_soon_days" int not null default 3, "acknowledge_after_days" int not null default 7, "plan_end_window_days" int not null default 14, "branch_overdue_percent" int not null default 20, "webhook_enabled" boolean not null default false, "webhook_url" varchar(500) null, "webhook_format" text check ("webhook_format" in ('GENERIC', 'DINGTALK')) not null default 'GENERIC', "email_enabled" boolean not null default false, "version" int not null default 1);`);
    this.addSql(`alter table "reminder_settings" add constraint "reminder_settings_bureau_id_unique" unique ("bureau_id");`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);

    this.addSql(`alter table "digest_delivery" add constraint "digest_delivery_digest_id_foreign" foreign key ("digest_id") references "notification" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "digest_delivery" add constraint "digest_delivery_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);

    this.addSql(`alter table "reminder_preference" add constraint "reminder_preference_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "reminder_settings" add constraint "reminder_settings_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "digest_delivery" drop constraint "digest_delivery_digest_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "digest_delivery" cascade;`);

    this.addSql(`drop table if exists "reminder_preference" cascade;`);

    this.addSql(`drop table if exists "reminder_settings" cascade;`);
  }

}
