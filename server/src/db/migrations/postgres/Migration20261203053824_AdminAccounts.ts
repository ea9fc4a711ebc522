import { Migration } from '@mikro-orm/migrations';

export class Migration20261203053824_AdminAccounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "officer" add column "account_disabled" boolean not null default false, add column "must_change_password" boolean not null default false, add column "password_changed_at" timestamptz null;`);

    this.addSql(`alter table "pairing" add column "attention" text check ("attention" in ('MENTOR_LEFT', 'MENTEE_LEFT')) null;`);
    this.addSql(`create index "pairing_attention_index" on "pairing" ("attention");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "officer" drop column "account_disabled", drop column "must_change_password", drop column "password_changed_at";`);

    this.addSql(`drop index "pairing_attention_index";`);
    this.addSql(`alter table "pairing" drop column "attention";`);
  }

}
