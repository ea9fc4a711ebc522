import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090319_ForumsProblems extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`forum\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer null, \`kind\` text check (\`kind\` in ('HEART_TO_HEART', 'ASSISTANCE', 'GROUP', 'OTHER')) not null, \`title\` text not null, \`occurred_at\` datetime not null, \`place\` text null, \`host_id\` integer not null, \`created_by_id\` integer not null, \`minutes\` text null, \`confidential_minutes\` text null, \`version\` integer not null default 1, \`client_key\` text null, constraint \`forum_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`forum_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade, constraint \`forum_host_id_foreign\` foreign key(\`host_id\`) references \`officer\`(\`id\`) on update cascade, constraint \`forum_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`forum_bureau_id_index\` on \`forum\` (\`bureau_id\`);`);
    this.addSql(`create index \`forum_branch_id_index\` on \`forum\` (\`branch_id\`);`);
    this.addSql(`create index \`forum_host_id_index\` on \`forum\` (\`host_id\`);`);
    this.addSql(`create index \`forum_created_by_id_index\` on \`forum\` (\`created_by_id\`);`);
    this.addSql(`create index \`forum_branch_id_occurred_at_index\` on \`forum\` (\`branch_id\`, \`occurred_at\`);`);
    this.addSql(`create index \`forum_bureau_id_occurred_at_index\` on \`forum\` (\`bureau_id\`, \`occurred_at\`);`);
    this.addSql(`create unique index \`forum_created_by_id_client_key_unique\` on \`forum\` (\`created_by_id\`, \`client_key\`);`);

    this.addSql(`create table \`forum_attendance\` (\`id\` integer not null primary key autoincrement, \`forum_id\` integer not null, \`officer_id\` integer not null, \`present\` integer not null default true, constraint \`forum_attendance_forum_id_foreign\` foreign key(\`forum_id\`) references \`forum\`(\`id\`) on delete cascade on update cascade, constraint \`forum_attendance_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`forum_attendance_forum_id_index\` on \`forum_attendance\` (\`forum_id\`);`);
    this.addSql(`create index \`forum_attendance_officer_id_index\` on \`forum_attendance\` (\`officer_id\`);`);
    this.addSql(`create unique index \`forum_attendance_forum_id_officer_id_unique\` on \`forum_attendance\` (\`forum_id\`, \`officer_id\`);`);

    this.addSql(`create table \`problem_category\` (\`id\` integer not null primary key autoincrement, \`bureau_id\` integer not null, \`name\` text not null, \`position\` integer not null, constraint \`problem_category_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`problem_category_bureau_id_index\` on \`problem_category\` (\`bureau_id\`);`);
    this.addSql(`create unique index \`problem_category_bureau_id_name_unique\` on \`problem_category\` (\`bureau_id\`, \`name\`);`);

    this.addSql(`create table \`problem\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bureau_id\` integer not null, \`branch_id\` integer null, \`forum_id\` integer null, \`talk_id\` integer null, \`visit_id\` integer null, \`category_id\` integer not null, \`text\` text not null, \`raised_by_id\` integer null, \`anonymous\` integer not null default false, \`owner_id\` integer null, \`owner_branch_id\` integer null, \`due_date\` text null, \`status\` text check (\`status\` in ('OPEN', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED')) not null default 'OPEN', \`raised_at\` datetime not null, \`resolved_at\` datetime null, \`resolution\` text null, \`decline_reason\` text null, \`created_by_id\` integer not null, \`version\` integer not null default 1, \`client_key\` text null, constraint \`problem_bureau_id_foreign\` foreign key(\`bureau_id\`) references \`bureau\`(\`id\`) on update cascade, constraint \`problem_branch_id_foreign\` foreign key(\`branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade, constraint \`problem_forum_id_foreign\` foreign key(\`forum_id\`) references \`forum\`(\`id\`) on delete set null on update cascade, constraint \`problem_talk_id_foreign\` foreign key(\`talk_id\`) references \`talk\`(\`id\`) on delete set null on update cascade, constraint \`problem_visit_id_foreign\` foreign key(\`visit_id\`) references \`visit\`(\`id\`) on delete set null on update cascade, constraint \`problem_category_id_foreign\` foreign key(\`category_id\`) references \`problem_category\`(\`id\`) on update cascade, constraint \`problem_raised_by_id_foreign\` foreign key(\`raised_by_id\`) references \`officer\`(\`id\`) on delete set null on update cascade, constraint \`problem_owner_id_foreign\` foreign key(\`owner_id\`) references \`officer\`(\`id\`) on delete set null on update cascade, constraint \`problem_owner_branch_id_foreign\` foreign key(\`owner_branch_id\`) references \`branch\`(\`id\`) on delete set null on update cascade, constraint \`problem_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`problem_bureau_id_index\` on \`problem\` (\`bureau_id\`);`);
    this.addSql(`create index \`problem_branch_id_index\` on \`problem\` (\`branch_id\`);`);
    this.addSql(`create index \`problem_forum_id_index\` on \`problem\` (\`forum_id\`);`);
    this.addSql(`create index \`problem_talk_id_index\` on \`problem\` (\`talk_id\`);`);
    this.addSql(`create index \`problem_visit_id_index\` on \`problem\` (\`visit_id\`);`);
    this.addSql(`create index \`problem_category_id_index\` on \`problem\` (\`category_id\`);`);
    this.addSql(`create index \`problem_raised_by_id_index\` on \`problem\` (\`raised_by_id\`);`);
    this.addSql(`create index \`problem_owner_id_index\` on \`problem\` (\`owner_id\`);`);
    this.addSql(`create index \`problem_owner_branch_id_index\` on \`problem\` (\`owner_branch_id\`);`);
    this.addSql(`create index \`problem_status_index\` on \`problem\` (\`status\`);`);
    this.addSql(`create index \`problem_created_by_id_index\` on \`problem\` (\`created_by_id\`);`);
    this.addSql(`create index \`problem_status_due_date_index\` on \`problem\` (\`status\`, \`due_date\`);`);
    this.addSql(`create index \`problem_branch_id_raised_at_index\` on \`problem\` (\`branch_id\`, \`raised_at\`);`);
    this.addSql(`create index \`problem_bureau_id_raised_at_index\` on \`problem\` (\`bureau_id\`, \`raised_at\`);`);
    this.addSql(`create unique index \`problem_created_by_id_client_key_unique\` on \`problem\` (\`created_by_id\`, \`client_key\`);`);

    this.addSql(`create table \`problem_event\` (\`id\` integer not null primary key autoincrement, \`problem_id\` integer not null, \`type\` text check (\`type\` in ('RAISED', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED', 'FOLLOW_UP')) not null, \`actor_id\` integer not null, \`occurred_at\` datetime not null, \`follow_up_kind\` text check (\`follow_up_kind\` in ('PHONE', 'IN_PERSON')) null, \`note\` text null, constraint \`problem_event_problem_id_foreign\` foreign key(\`problem_id\`) references \`problem\`(\`id\`) on delete cascade on update cascade, constraint \`problem_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`officer\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`problem_event_problem_id_index\` on \`problem_event\` (\`problem_id\`);`);
    this.addSql(`create index \`problem_event_actor_id_index\` on \`problem_event\` (\`actor_id\`);`);

    this.addSql(`alter table \`visit\` add column \`forum_id\` integer null constraint \`visit_forum_id_foreign\` references \`forum\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`create index \`visit_forum_id_index\` on \`visit\` (\`forum_id\`);`);
    this.addSql(`create unique index \`visit_forum_id_pairing_id_unique\` on \`visit\` (\`forum_id\`, \`pairing_id\`);`);
  }

}
