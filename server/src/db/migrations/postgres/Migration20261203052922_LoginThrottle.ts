import { Migration } from '@mikro-orm/migrations';

export class Migration20261203052922_LoginThrottle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("key" varchar(160) not null, "attempts" int not null default 0, "last_attempt_at" bigint not null, "blocked_until" bigint not null default 0, "backoff_ms" bigint not null default 0, constraint "login_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "login_address" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" int not null, "address" varchar(64) not null, "last_success_at" timestamptz not null);`);
    this.addSql(`alter table "login_address" add constraint "login_address_officer_id_address_unique" unique ("officer_id", "address");`);

    this.addSql(`alter table "login_address" add constraint "login_address_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_event" alter column "subject_id" type varchar(64) using ("subject_id"::varchar(64));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "login_address" cascade;`);

    this.addSql(`alter table "audit_event" alter column "subject_id" type varchar(32) using ("subject_id"::varchar(32));`);
  }

}
