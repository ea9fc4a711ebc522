import { Migration } from '@mikro-orm/migrations';

export class Migration20261126093313_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bureau" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "code" varchar(32) not null);`);
    this.addSql(`alter table "bureau" add constraint "bureau_code_unique" unique ("code");`);

    this.addSql(`create table "branch" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "name" varchar(100) not null, "code" varchar(32) not null, "kind" text check ("kind" in ('STATION', 'DEPARTMENT')) not null);`);
    this.addSql(`create index "branch_bureau_id_index" on "branch" ("bureau_id");`);
    this.addSql(`alter table "branch" add constraint "branch_code_unique" unique ("code");`);
    this.addSql(`create index "branch_kind_index" on "branch" ("kind");`);

    this.addSql(`create table "officer" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "branch_id" int not null, "name" varchar(64) not null, "name_initials" varchar(32) not null, "badge_number" varchar(16) not null, "category" text check ("category" in ('POLICE', 'AUXILIARY')) not null, "position" varchar(64) null, "phone" varchar(32) null, "flagged_reason" text check ("flagged_reason" in ('DISCIPLINED', 'EARLY_WARNING', 'PERFORMANCE', 'HARDSHIP', 'WELLBEING', 'OTHER')) null, "disabled" boolean not null default false, "is_mentor" boolean not null default false, "username" varchar(64) null, "password_hash" varchar(255) null, "roles" jsonb null, "version" int not null default 1);`);
    this.addSql(`create index "officer_bureau_id_index" on "officer" ("bureau_id");`);
    this.addSql(`create index "officer_branch_id_index" on "officer" ("branch_id");`);
    this.addSql(`create index "officer_name_index" on "officer" ("name");`);
    this.addSql(`create index "officer_name_initials_index" on "officer" ("name_initials");`);
    this.addSql(`alter table "officer" add constraint "officer_badge_number_unique" unique ("badge_number");`);
    this.addSql(`create index "officer_is_mentor_index" on "officer" ("is_mentor");`);
    this.addSql(`alter table "officer" add constraint "officer_username_unique" unique ("username");`);
    this.addSql(`create index "officer_branch_id_name_index" on "officer" ("branch_id", "name");`);

    this.addSql(`create table "audit_event" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int null, "actor_id" int null, "action" varchar(64) not null, "subject_type" varchar(32) not null, "subject_id" varchar(32) null, "detail" jsonb null);`);
    this.addSql(`create index "audit_event_bureau_id_index" on "audit_event" ("bureau_id");`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_action_subject_id_created_at_index" on "audit_event" ("action", "subject_id", "created_at");`);
    this.addSql(`create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id");`);
    this.addSql(`create index "audit_event_bureau_id_created_at_index" on "audit_event" ("bureau_id", "created_at");`);

    this.addSql(`create table "pairing" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "branch_id" int not null, "mentee_id" int not null, "status" text check ("status" in ('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED')) not null default 'ACTIVE', "reason" text check ("reason" in ('DISCIPLINED', 'EARLY_WARNING', 'PERFORMANCE', 'HARDSHIP', 'WELLBEING', 'OTHER')) not null, "goals" text not null, "start_date" varchar(10) not null, "planned_end_date" varchar(10) not null, "contact_interval_days" int not null default 30, "risk_notes" text null, "last_contact_at" varchar(255) null, "next_contact_due" timestamptz not null, "review_summary" text null, "submitted_at" varchar(255) null, "cancel_reason" text null, "created_by_id" int null, "version" int not null default 1);`);
    this.addSql(`create index "pairing_bureau_id_index" on "pairing" ("bureau_id");`);
    this.addSql(`create index "pairing_branch_id_index" on "pairing" ("branch_id");`);
    this.addSql(`create index "pairing_mentee_id_index" on "pairing" ("mentee_id");`);
    this.addSql(`create index "pairing_status_index" on "pairing" ("status");`);
    this.addSql(`create index "pairing_reason_index" on "pairing" ("reason");`);
    this.addSql(`create index "pairing_start_date_index" on "pairing" ("start_date");`);
    this.addSql(`create index "pairing_last_contact_at_index" on "pairing" ("last_contact_at");`);
    this.addSql(`create index "pairing_next_contact_due_index" on "pairing" ("next_contact_due");`);
    this.addSql(`create index "pairing_created_by_id_index" on "pairing" ("created_by_id");`);
    this.addSql(`create index "pairing_bureau_id_status_index" on "pairing" ("bureau_id", "status");`);
    this.addSql(`create index "pairing_branch_id_status_index" on "pairing" ("branch_id", "status");`);

    this.addSql(`create table "outcome_review" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pairing_id" int not null, "bureau_id" int not null, "branch_id" int not null, "mentee_id" int not null, "reviewer_id" int not null, "rating" text check ("rating" in ('SIGNIFICANT_IMPROVEMENT', 'IMPROVED', 'NO_CHANGE', 'WORSENED')) not null, "decision" text check ("decision" in ('CONCLUDE', 'EXTEND', 'ESCALATE')) not null, "comments" text null, "new_planned_end_date" varchar(10) null, "submission_summary" text null);`);
    this.addSql(`create index "outcome_review_pairing_id_index" on "outcome_review" ("pairing_id");`);
    this.addSql(`create index "outcome_review_bureau_id_index" on "outcome_review" ("bureau_id");`);
    this.addSql(`create index "outcome_review_branch_id_index" on "outcome_review" ("branch_id");`);
    this.addSql(`create index "outcome_review_mentee_id_index" on "outcome_review" ("mentee_id");`);
    this.addSql(`create index "outcome_review_reviewer_id_index" on "outcome_review" ("reviewer_id");`);
    this.addSql(`create index "outcome_review_rating_index" on "outcome_review" ("rating");`);
    this.addSql(`create index "outcome_review_bureau_id_created_at_index" on "outcome_review" ("bureau_id", "created_at");`);

    this.addSql(`create table "pairing_event" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pairing_id" int not null, "type" varchar(32) not null, "from_status" text check ("from_status" in ('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED')) null, "to_status" text check ("to_status" in ('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED')) null, "note" text null, "actor_id" int null, "occurred_at" timestamptz not null);`);
    this.addSql(`create index "pairing_event_pairing_id_index" on "pairing_event" ("pairing_id");`);
    this.addSql(`create index "pairing_event_actor_id_index" on "pairing_event" ("actor_id");`);

    this.addSql(`create table "pairing_mentor" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pairing_id" int not null, "officer_id" int not null, "role" text check ("role" in ('LEAD', 'SUPPORT')) not null, "started_at" timestamptz not null, "ended_at" varchar(255) null);`);
    this.addSql(`create index "pairing_mentor_pairing_id_index" on "pairing_mentor" ("pairing_id");`);
    this.addSql(`create index "pairing_mentor_officer_id_index" on "pairing_mentor" ("officer_id");`);
    this.addSql(`create index "pairing_mentor_ended_at_index" on "pairing_mentor" ("ended_at");`);
    this.addSql(`create index "pairing_mentor_officer_id_ended_at_index" on "pairing_mentor" ("officer_id", "ended_at");`);

    this.addSql(`create table "session" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "officer_id" int not null, "last_seen_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "user_agent" varchar(200) null);`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_officer_id_index" on "session" ("officer_id");`);

    this.addSql(`create table "talk" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "branch_id" int not null, "talker_id" int not null, "talkee_id" int not null, "pairing_id" int null, "kind" text check ("kind" in ('ROUTINE', 'REMINDER', 'CARE', 'AFTER_DISCIPLINE', 'FOLLOW_UP')) not null, "occurred_at" timestamptz not null, "topics" text not null, "officer_views" text null, "problems_raised" text null, "guidance" text null, "assessment" text null, "confidential" boolean not null default false, "version" int not null default 1);`);
    this.addSql(`create index "talk_bureau_id_index" on "talk" ("bureau_id");`);
    this.addSql(`create index "talk_branch_id_index" on "talk" ("branch_id");`);
    this.addSql(`create index "talk_talker_id_index" on "talk" ("talker_id");`);
    this.addSql(`create index "talk_talkee_id_index" on "talk" ("talkee_id");`);
    this.addSql(`create index "talk_pairing_id_index" on "talk" ("pairing_id");`);
    this.addSql(`create index "talk_kind_index" on "talk" ("kind");`);
    this.addSql(`create index "talk_occurred_at_index" on "talk" ("occurred_at");`);
    this.addSql(`create index "talk_confidential_index" on "talk" ("confidential");`);
    this.addSql(`create index "talk_talkee_id_occurred_at_index" on "talk" ("talkee_id", "occurred_at");`);
    this.addSql(`create index "talk_branch_id_occurred_at_index" on "talk" ("branch_id", "occurred_at");`);

    this.addSql(`create table "visit" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pairing_id" int not null, "bureau_id" int not null, "branch_id" int not null, "mentee_id" int not null, "author_id" int not null, "kind" text check ("kind" in ('HOME_VISIT', 'INDIVIDUAL_TALK', 'FORUM', 'FOLLOW_UP')) not null, "occurred_at" timestamptz not null, "location" varchar(200) null, "participants" varchar(500) null, "participant_mentor_ids" jsonb null, "summary" text not null, "observations" text null, "confidential_notes" text null, "next_visit_due" varchar(10) null, "acknowledged_at" varchar(255) null, "acknowledgment_comment" varchar(500) null, "version" int not null default 1);`);
    this.addSql(`create index "visit_pairing_id_index" on "visit" ("pairing_id");`);
    this.addSql(`create index "visit_bureau_id_index" on "visit" ("bureau_id");`);
    this.addSql(`create index "visit_branch_id_index" on "visit" ("branch_id");`);
    this.addSql(`create index "visit_mentee_id_index" on "visit" ("mentee_id");`);
    this.addSql(`create index "visit_author_id_index" on "visit" ("author_id");`);
    this.addSql(`create index "visit_kind_index" on "visit" ("kind");`);
    this.addSql(`create index "visit_occurred_at_index" on "visit" ("occurred_at");`);
    this.addSql(`create index "visit_acknowledged_at_index" on "visit" ("acknowledged_at");`);
    this.addSql(`create index "visit_branch_id_occurred_at_index" on "visit" ("branch_id", "occurred_at");`);
    this.addSql(`create index "visit_pairing_id_occurred_at_index" on "visit" ("pairing_id", "occurred_at");`);

    this.addSql(`create table "action_item" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "branch_id" int not null, "pairing_id" int null, "visit_id" int null, "talk_id" int null, "owner_id" int not null, "created_by_id" int null, "description" varchar(1000) not null, "due_date" varchar(10) not null, "status" text check ("status" in ('OPEN', 'DONE', 'DROPPED')) not null default 'OPEN', "note" varchar(1000) null, "closed_at" varchar(255) null, "version" int not null default 1);`);
    this.addSql(`create index "action_item_bureau_id_index" on "action_item" ("bureau_id");`);
    this.addSql(`create index "action_item_branch_id_index" on "action_item" ("branch_id");`);
    this.addSql(`create index "action_item_pairing_id_index" on "action_item" ("pairing_id");`);
    this.addSql(`create index "action_item_visit_id_index" on "action_item" ("visit_id");`);
    this.addSql(`create index "action_item_talk_id_index" on "action_item" ("talk_id");`);
    this.addSql(`create index "action_item_owner_id_index" on "action_item" ("owner_id");`);
    this.addSql(`create index "action_item_created_by_id_index" on "action_item" ("created_by_id");`);
    this.addSql(`create index "action_item_due_date_index" on "action_item" ("due_date");`);
    this.addSql(`create index "action_item_status_index" on "action_item" ("status");`);
    this.addSql(`create index "action_item_status_due_date_index" on "action_item" ("status", "due_date");`);
    this.addSql(`create index "action_item_owner_id_status_index" on "action_item" ("owner_id", "status");`);
    this.addSql(`create index "action_item_pairing_id_status_index" on "action_item" ("pairing_id", "status");`);

    this.addSql(`alter table "branch" add constraint "branch_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);

    this.addSql(`alter table "officer" add constraint "officer_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "officer" add constraint "officer_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "officer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pairing" add constraint "pairing_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "pairing" add constraint "pairing_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`);
    this.addSql(`alter table "pairing" add constraint "pairing_mentee_id_foreign" foreign key ("mentee_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "pairing" add constraint "pairing_created_by_id_foreign" foreign key ("created_by_id") references "officer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "outcome_review" add constraint "outcome_review_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_mentee_id_foreign" foreign key ("mentee_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_reviewer_id_foreign" foreign key ("reviewer_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "pairing_event" add constraint "pairing_event_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade;`);
    this.addSql(`alter table "pairing_event" add constraint "pairing_event_actor_id_foreign" foreign key ("actor_id") references "officer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pairing_mentor" add constraint "pairing_mentor_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade;`);
    this.addSql(`alter table "pairing_mentor" add constraint "pairing_mentor_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "session" add constraint "session_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "talk" add constraint "talk_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "talk" add constraint "talk_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`);
    this.addSql(`alter table "talk" add constraint "talk_talker_id_foreign" foreign key ("talker_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "talk" add constraint "talk_talkee_id_foreign" foreign key ("talkee_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "talk" add constraint "talk_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "visit" add constraint "visit_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade;`);
    this.addSql(`alter table "visit" add constraint "visit_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "visit" add constraint "visit_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`);
    this.addSql(`alter table "visit" add constraint "visit_mentee_id_foreign" foreign key ("mentee_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "visit" add constraint "visit_author_id_foreign" foreign key ("author_id") references "officer" ("id") on update cascade;`);

    this.addSql(`alter table "action_item" add constraint "action_item_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_item" add constraint "action_item_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_item" add constraint "action_item_talk_id_foreign" foreign key ("talk_id") references "talk" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_item" add constraint "action_item_owner_id_foreign" foreign key ("owner_id") references "officer" ("id") on update cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_created_by_id_foreign" foreign key ("created_by_id") references "officer" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "branch" drop constraint "branch_bureau_id_foreign";`);

    this.addSql(`alter table "officer" drop constraint "officer_bureau_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_bureau_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_bureau_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_bureau_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_bureau_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_bureau_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_bureau_id_foreign";`);

    this.addSql(`alter table "officer" drop constraint "officer_branch_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_branch_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_branch_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_branch_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_branch_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_branch_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_mentee_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_created_by_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_mentee_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_reviewer_id_foreign";`);

    this.addSql(`alter table "pairing_event" drop constraint "pairing_event_actor_id_foreign";`);

    this.addSql(`alter table "pairing_mentor" drop constraint "pairing_mentor_officer_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_officer_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_talker_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_talkee_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_mentee_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_author_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_owner_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_created_by_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_pairing_id_foreign";`);

    this.addSql(`alter table "pairing_event" drop constraint "pairing_event_pairing_id_foreign";`);

    this.addSql(`alter table "pairing_mentor" drop constraint "pairing_mentor_pairing_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_pairing_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_pairing_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_pairing_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_talk_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_visit_id_foreign";`);

    this.addSql(`drop table if exists "bureau" cascade;`);

    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "officer" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "pairing" cascade;`);

    this.addSql(`drop table if exists "outcome_review" cascade;`);

    this.addSql(`drop table if exists "pairing_event" cascade;`);

    this.addSql(`drop table if exists "pairing_mentor" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "talk" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);
  }

}
