import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090321_ForumsProblems extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "forum" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "branch_id" int null, "kind" text check ("kind" in ('HEART_TO_HEART', 'ASSISTANCE', 'GROUP', 'OTHER')) not null, "title" varchar(200) not null, "occurred_at" timestamptz not null, "place" varchar(200) null, "host_id" int not null, "created_by_id" int not null, "minutes" text null, "confidential_minutes" text null, "version" int not null default 1, "client_key" varchar(64) null);`);
    this.addSql(`create index "forum_bureau_id_index" on "forum" ("bureau_id");`);
    this.addSql(`create index "forum_branch_id_index" on "forum" ("branch_id");`);
    this.addSql(`create index "forum_host_id_index" on "forum" ("host_id");`);
    this.addSql(`create index "forum_created_by_id_index" on "forum" ("created_by_id");`);
    this.addSql(`create index "forum_branch_id_occurred_at_index" on "forum" ("branch_id", "occurred_at");`);
    this.addSql(`create index "forum_bureau_id_occurred_at_index" on "forum" ("bureau_id", "occurred_at");`);
    this.addSql(`alter table "forum" add constraint "forum_created_by_id_client_key_unique" unique ("created_by_id", "client_key");`);

    this.addSql(`create table "forum_attendance" ("id" serial primary key, "forum_id" int not null, "officer_id" int not null, "present" boolean not null default true);`);
    this.addSql(`create index "forum_attendance_forum_id_index" on "forum_attendance" ("forum_id");`);
    this.addSql(`create index "forum_attendance_officer_id_index" on "forum_attendance" ("officer_id");`);
    this.addSql(`alter table "forum_attendance" add constraint "forum_attendance_forum_id_officer_id_unique" unique ("forum_id", "officer_id");`);

    this.addSql(`create table "problem_category" ("id" serial primary key, "bureau_id" int not null, "name" varchar(64) not null, "position" int not null);`);
    this.addSql(`create index "problem_category_bureau_id_index" on "problem_category" ("bureau_id");`);
    this.addSql(`alter table "problem_category" add constraint "problem_category_bureau_id_name_unique" unique ("bureau_id", "name");`);

    this.addSql(`create table "problem" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "branch_id" int null, "forum_id" int null, "talk_id" int null, "visit_id" int null, "category_id" int not null, "text" text not null, "raised_by_id" int null, "anonymous" boolean not null default false, "owner_id" int null, "owner_branch_id" int null, "due_date" varchar(10) null, "status" text check ("status" in ('OPEN', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED')) not null default 'OPEN', "raised_at" timestamptz not null, "resolved_at" timestamptz null, "resolution" text null, "decline_reason" text null, "created_by_id" int not null, "version" int not null default 1, "client_key" varchar(64) null);`);
    this.addSql(`create index "problem_bureau_id_index" on "problem" ("bureau_id");`);
    this.addSql(`create index "problem_branch_id_index" on "problem" ("branch_id");`);
    this.addSql(`create index "problem_forum_id_index" on "problem" ("forum_id");`);
    this.addSql(`create index "problem_talk_id_index" on "problem" ("talk_id");`);
    this.addSql(`create index "problem_visit_id_index" on "problem" ("visit_id");`);
    this.addSql(`create index "problem_category_id_index" on "problem" ("category_id");`);
    this.addSql(`create index "problem_raised_by_id_index" on "problem" ("raised_by_id");`);
    this.addSql(`create index "problem_owner_id_index" on "problem" ("owner_id");`);
    this.addSql(`create index "problem_owner_branch_id_index" on "problem" ("owner_branch_id");`);
    this.addSql(`create index "problem_status_index" on "problem" ("status");`);
    this.addSql(`create index "problem_created_by_id_index" on "problem" ("created_by_id");`);
    this.addSql(`create index "problem_status_due_date_index" on "problem" ("status", "due_date");`);
    this.addSql(`create index "problem_branch_id_raised_at_index" on "problem" ("branch_id", "raised_at");`);
    this.addSql(`create index "problem_bureau_id_raised_at_index" on "problem" ("bureau_id", "raised_at");`);
    this.addSql(`alter table "problem" add constraint "problem_created_by_id_client_key_unique" unique ("created_by_id", "client_key");`);

    this.addSql(`create table "problem_event" ("id" serial primary key, "problem_id" int not null, "type" text check ("type" in ('RAISED', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED', 'FOLLOW_UP')) not null, "actor_id" int not null, "occurred_at" timestamptz not null, "follow_up_kind" text check ("follow_up_kind" in ('PHONE', 'IN_PERSON')) null, "note" text null);`);
    this.addSql(`create index "problem_event_problem_id_index" on "problem_event" ("problem_id");`);

    this.addSql(`alter table "forum" add constraint "forum_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "forum" add constraint "forum_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "forum" add constraint "forum_host_id_foreign" foreign key ("host_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "forum" add constraint "forum_created_by_id_foreign" foreign key ("created_by_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "forum_attendance" add constraint "forum_attendance_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_attendance" add constraint "forum_attendance_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "problem_category" add constraint "problem_category_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);

    this.addSql(`alter table "problem" add constraint "problem_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "problem" add constraint "problem_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_talk_id_foreign" foreign key ("talk_id") references "talk" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_category_id_foreign" foreign key ("category_id") references "problem_category" ("id") on update cascade;`);
    this.addSql(`alter table "problem" add constraint "problem_raised_by_id_foreign" foreign key ("raised_by_id") references "officer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_owner_id_foreign" foreign key ("owner_id") references "officer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_owner_branch_id_foreign" foreign key ("owner_branch_id") references "branch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_created_by_id_foreign" foreign key ("created_by_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "problem_event" add constraint "problem_event_problem_id_foreign" foreign key ("problem_id") references "problem" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "problem_event" add constraint "problem_event_actor_id_foreign" foreign key ("actor_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "visit" add column "forum_id" int null;`);
    this.addSql(`alter table "visit" add constraint "visit_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "visit_forum_id_index" on "visit" ("forum_id");`);
    this.addSql(`alter table "visit" add constraint "visit_forum_id_pairing_id_unique" unique ("forum_id", "pairing_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "forum_attendance" drop constraint "forum_attendance_forum_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_forum_id_foreign";`);

    this.addSql(`alter table "problem" drop constraint "problem_forum_id_foreign";`);

    this.addSql(`alter table "problem" drop constraint "problem_category_id_foreign";`);

    this.addSql(`alter table "problem_event" drop constraint "problem_event_problem_id_foreign";`);

    this.addSql(`drop table if exists "forum" cascade;`);

    this.addSql(`drop table if exists "forum_attendance" cascade;`);

    this.addSql(`drop table if exists "problem_category" cascade;`);

    this.addSql(`drop table if exists "problem" cascade;`);

    this.addSql(`drop table if exists "problem_event" cascade;`);

    this.addSql(`drop index "visit_forum_id_index";`);
    this.addSql(`alter table "visit" drop constraint "visit_forum_id_pairing_id_unique";`);
    this.addSql(`alter table "visit" drop column "forum_id";`);
  }

}
