import { Migration } from '@mikro-orm/migrations';

export class Migration20261126095009_InstantColumns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "pairing" alter column "last_contact_at" type timestamptz using ("last_contact_at"::timestamptz);`);
    this.addSql(`alter table "pairing" alter column "submitted_at" type timestamptz using ("submitted_at"::timestamptz);`);

    this.addSql(`alter table "pairing_mentor" alter column "ended_at" type timestamptz using ("ended_at"::timestamptz);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pairing" alter column "last_contact_at" type varchar(255) using ("last_contact_at"::varchar(255));`);
    this.addSql(`alter table "pairing" alter column "submitted_at" type varchar(255) using ("submitted_at"::varchar(255));`);

    this.addSql(`alter table "pairing_mentor" alter column "ended_at" type varchar(255) using ("ended_at"::varchar(255));`);
  }

}
