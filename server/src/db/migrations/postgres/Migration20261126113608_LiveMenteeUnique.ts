import { Migration } from '@mikro-orm/migrations';

export class Migration20261126113608_LiveMenteeUnique extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unique index "pairing_live_mentee_unique" on "pairing" ("mentee_id") where "status" in ('ACTIVE', 'IN_REVIEW');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "pairing_live_mentee_unique";`);
  }

}
