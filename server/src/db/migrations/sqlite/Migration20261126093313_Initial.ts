import { Migration } from '@mikro-orm/migrations';

export class Migration20261126093313_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`bureau\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`code\` text not null);`);
    this.addSql(`create unique index \`bureau_code_unique\` on \`bureau\` (\`code\`);`);

    this.addSql(`create table \`branch\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`name\` text not null, \`code\` text not null, \`kind\` text check (\`kind\` in ('STATION', 'DEPARTMENT')) not null, constraint \`branch_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`branch_bureau_id_index\` on \`branch\` (\`bureau_id\`);`);
    this.addSql(`create unique index \`branch_code_unique\` on \`branch\` (\`code\`);`);
    this.addSql(`create index \`branch_kind_index\` on \`branch\` (\`kind\`);`);

    this.addSql(`create table \`officer\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`name\` text not null, \`name_initials\` text not null, \`badge_number\` text not null, \`category\` text check (\`category\` in ('POLICE', 'AUXILIARY')) not null, \`position\` text null, \`phone\` text null, \`flagged_reason\` text check (\`flagged_reason\` in ('DISCIPLINED', 'EARLY_WARNING', 'PERFORMANCE', 'HARDSHIP', 'WELLBEING', 'OTHER')) null, \`disabled\` integer not null default false, \`is_mentor\` integer not null default false, \`username\` text null, \`password_hash\` text null, \`roles\` json null, \`version\` integer not null default 1, constraint \`officer_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`officer_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`officer_bureau_id_index\` on \`officer\` (\`bureau_id\`);`);
    this.addSql(`create index \`officer_branch_id_index\` on \`officer\` (\`branch_id\`);`);
    this.addSql(`create index \`officer_name_index\` on \`officer\` (\`name\`);`);
    this.addSql(`create index \`officer_name_initials_index\` on \`officer\` (\`name_initials\`);`);
    this.addSql(`create unique index \`officer_badge_number_unique\` on \`officer\` (\`badge_number\`);`);
    this.addSql(`create index \`officer_is_mentor_index\` on \`officer\` (\`is_mentor\`);`);
    this.addSql(`create unique index \`officer_username_unique\` on \`officer\` (\`username\`);`);
    this.addSql(`create index \`officer_branch_id_name_index\` on \`officer\` (\`branch_id\`, \`name\`);`);

    this.addSql(`create table \`audit_event\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer null, \`actor_id\` integer null, \`action\` text not null, \`subject_type\` text not null, \`subject_id\` text null, \`detail\` json null, constraint \`audit_event_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on delete set null on update cascade, constraint \`audit_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`officer\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`audit_event_bureau_id_index\` on \`audit_event\` (\`bureau_id\`);`);
    this.addSql(`create index \`audit_event_actor_id_index\` on \`audit_event\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_event_action_index\` on \`audit_event\` (\`action\`);`);
    this.addSql(`create index \`audit_event_action_subject_id_created_at_index\` on \`audit_event\` (\`action\`, \`subject_id\`, \`created_at\`);`);
    this.addSql(`create index \`audit_event_subject_type_subject_id_index\` on \`audit_event\` (\`subject_type\`, \`subject_id\`);`);
    this.addSql(`create index \`audit_event_bureau_id_created_at_index\` on \`audit_event\` (\`bureau_id\`, \`created_at\`);`);

    this.addSql(`create table \`pairing\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`mentee_id\` integer not null, \`status\` text check (\`status\` in ('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED')) not null default 'ACTIVE', \`reason\` text check (\`reason\` in ('DISCIPLINED', 'EARLY_WARNING', 'PERFORMANCE', 'HARDSHIP', 'WELLBEING', 'OTHER')) not null, \`goals\` text not null, \`start_date\` text not null, \`planned_end_date\` text not null, \`contact_interval_days\` integer not null default 30, \`risk_notes\` text null, \`last_contact_at\` text null, \`next_contact_due\` datetime not null, \`review_summary\` text null, \`submitted_at\` text null, \`cancel_reason\` text null, \`created_by_id\` integer null, \`version\` integer not null default 1, constraint \`pairing_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`pairing_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`pairing_mentee_id_foreign\` foreign key(\`mentee_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`pairing_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`officer\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`pairing_bureau_id_index\` on \`pairing\` (\`bureau_id\`);`);
    this.addSql(`create index \`pairing_branch_id_index\` on \`pairing\` (\`branch_id\`);`);
    this.addSql(`create index \`pairing_mentee_id_index\` on \`pairing\` (\`mentee_id\`);`);
    this.addSql(`create index \`pairing_status_index\` on \`pairing\` (\`status\`);`);
    this.addSql(`create index \`pairing_reason_index\` on \`pairing\` (\`reason\`);`);
    this.addSql(`create index \`pairing_start_date_index\` on \`pairing\` (\`start_date\`);`);
    this.addSql(`create index \`pairing_last_contact_at_index\` on \`pairing\` (\`last_contact_at\`);`);
    this.addSql(`create index \`pairing_next_contact_due_index\` on \`pairing\` (\`next_contact_due\`);`);
    this.addSql(`create index \`pairing_created_by_id_index\` on \`pairing\` (\`created_by_id\`);`);
    this.addSql(`create index \`pairing_bureau_id_status_index\` on \`pairing\` (\`bureau_id\`, \`status\`);`);
    this.addSql(`create index \`pairing_branch_id_status_index\` on \`pairing\` (\`branch_id\`, \`status\`);`);

    this.addSql(`create table \`outcome_review\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`pairing_id\` integer not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`mentee_id\` integer not null, \`reviewer_id\` integer not null, \`rating\` text check (\`rating\` in ('SIGNIFICANT_IMPROVEMENT', 'IMPROVED', 'NO_CHANGE', 'WORSENED')) not null, \`decision\` text check (\`decision\` in ('CONCLUDE', 'EXTEND', 'ESCALATE')) not null, \`comments\` text null, \`new_planned_end_date\` text null, \`submission_summary\` text null, constraint \`outcome_review_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on update cascade, constraint \`outcome_review_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`outcome_review_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`outcome_review_mentee_id_foreign\` foreign key(\`mentee_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`outcome_review_reviewer_id_foreign\` foreign key(\`reviewer_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`outcome_review_pairing_id_index\` on \`outcome_review\` (\`pairing_id\`);`);
    this.addSql(`create index \`outcome_review_bureau_id_index\` on \`outcome_review\` (\`bureau_id\`);`);
    this.addSql(`create index \`outcome_review_branch_id_index\` on \`outcome_review\` (\`branch_id\`);`);
    this.addSql(`create index \`outcome_review_mentee_id_index\` on \`outcome_review\` (\`mentee_id\`);`);
    this.addSql(`create index \`outcome_review_reviewer_id_index\` on \`outcome_review\` (\`reviewer_id\`);`);
    this.addSql(`create index \`outcome_review_rating_index\` on \`outcome_review\` (\`rating\`);`);
    this.addSql(`create index \`outcome_review_bureau_id_created_at_index\` on \`outcome_review\` (\`bureau_id\`, \`created_at\`);`);

    this.addSql(`create table \`pairing_event\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`pairing_id\` integer not null, \`type\` text not null, \`from_status\` text check (\`from_status\` in ('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED')) null, \`to_status\` text check (\`to_status\` in ('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED')) null, \`note\` text null, \`actor_id\` integer null, \`occurred_at\` datetime not null, constraint \`pairing_event_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on update cascade, constraint \`pairing_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`officer\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`pairing_event_pairing_id_index\` on \`pairing_event\` (\`pairing_id\`);`);
    this.addSql(`create index \`pairing_event_actor_id_index\` on \`pairing_event\` (\`actor_id\`);`);

    this.addSql(`create table \`pairing_mentor\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`pairing_id\` integer not null, \`officer_id\` integer not null, \`role\` text check (\`role\` in ('LEAD', 'SUPPORT')) not null, \`started_at\` datetime not null, \`ended_at\` text null, constraint \`pairing_mentor_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on update cascade, constraint \`pairing_mentor_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`pairing_mentor_pairing_id_index\` on \`pairing_mentor\` (\`pairing_id\`);`);
    this.addSql(`create index \`pairing_mentor_officer_id_index\` on \`pairing_mentor\` (\`officer_id\`);`);
    this.addSql(`create index \`pairing_mentor_ended_at_index\` on \`pairing_mentor\` (\`ended_at\`);`);
    this.addSql(`create index \`pairing_mentor_officer_id_ended_at_index\` on \`pairing_mentor\` (\`officer_id\`, \`ended_at\`);`);

    this.addSql(`create table \`session\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`officer_id\` integer not null, \`last_seen_at\` datetime not null, \`absolute_expires_at\` datetime not null, \`user_agent\` text null, constraint \`session_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`session_token_hash_unique\` on \`session\` (\`token_hash\`);`);
    this.addSql(`create index \`session_officer_id_index\` on \`session\` (\`officer_id\`);`);

    this.addSql(`create table \`talk\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`talker_id\` integer not null, \`talkee_id\` integer not null, \`pairing_id\` integer null, \`kind\` text check (\`kind\` in ('ROUTINE', 'REMINDER', 'CARE', 'AFTER_DISCIPLINE', 'FOLLOW_UP')) not null, \`occurred_at\` datetime not null, \`topics\` text not null, \`officer_views\` text null, \`problems_raised\` text null, \`guidance\` text null, \`assessment\` text null, \`confidential\` integer not null default false, \`version\` integer not null default 1, constraint \`talk_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`talk_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`talk_talker_id_foreign\` foreign key(\`talker_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`talk_talkee_id_foreign\` foreign key(\`talkee_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`talk_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`talk_bureau_id_index\` on \`talk\` (\`bureau_id\`);`);
    this.addSql(`create index \`talk_branch_id_index\` on \`talk\` (\`branch_id\`);`);
    this.addSql(`create index \`talk_talker_id_index\` on \`talk\` (\`talker_id\`);`);
    this.addSql(`create index \`talk_talkee_id_index\` on \`talk\` (\`talkee_id\`);`);
    this.addSql(`create index \`talk_pairing_id_index\` on \`talk\` (\`pairing_id\`);`);
    this.addSql(`create index \`talk_kind_index\` on \`talk\` (\`kind\`);`);
    this.addSql(`create index \`talk_occurred_at_index\` on \`talk\` (\`occurred_at\`);`);
    this.addSql(`create index \`talk_confidential_index\` on \`talk\` (\`confidential\`);`);
    this.addSql(`create index \`talk_talkee_id_occurred_at_index\` on \`talk\` (\`talkee_id\`, \`occurred_at\`);`);
    this.addSql(`create index \`talk_branch_id_occurred_at_index\` on \`talk\` (\`branch_id\`, \`occurred_at\`);`);

    this.addSql(`create table \`visit\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`pairing_id\` integer not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`mentee_id\` integer not null, \`author_id\` integer not null, \`kind\` text check (\`kind\` in ('HOME_VISIT', 'INDIVIDUAL_TALK', 'FORUM', 'FOLLOW_UP')) not null, \`occurred_at\` datetime not null, \`location\` text null, \`participants\` text null, \`participant_mentor_ids\` json null, \`summary\` text not null, \`observations\` text null, \`confidential_notes\` text null, \`next_visit_due\` text null, \`acknowledged_at\` text null, \`acknowledgment_comment\` text null, \`version\` integer not null default 1, constraint \`visit_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on update cascade, constraint \`visit_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`visit_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`visit_mentee_id_foreign\` foreign key(\`mentee_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`visit_author_id_foreign\` foreign key(\`author_id\`) references \`officer\`(\`id\`) on update cascade);`);
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

    this.addSql(`create table \`action_item\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer not null, \`pairing_id\` integer null, \`visit_id\` integer null, \`talk_id\` integer null, \`owner_id\` integer not null, \`created_by_id\` integer null, \`description\` text not null, \`due_date\` text not null, \`status\` text check (\`status\` in ('OPEN', 'DONE', 'DROPPED')) not null default 'OPEN', \`note\` text null, \`closed_at\` text null, \`version\` integer not null default 1, constraint \`action_item_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`action_item_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on update cascade, constraint \`action_item_pairing_id_foreign\` foreign key(\`pairing_id\`) references \`pairing\`(\`id\`) on delete set null on update cascade, constraint \`action_item_visit_id_foreign\` foreign key(\`visit_id\`) references \`visit\`(\`id\`) on delete set null on update cascade, constraint \`action_item_talk_id_foreign\` foreign key(\`talk_id\`) references \`talk\`(\`id\`) on delete set null on update cascade, constraint \`action_item_owner_id_foreign\` foreign key(\`owner_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`action_item_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`officer\`(\`id\`) on delete set null on update cascade);`);
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
  }

}
