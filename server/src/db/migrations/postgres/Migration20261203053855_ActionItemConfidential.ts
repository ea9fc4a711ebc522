import { Migration } from '@mikro-orm/migrations';

export class Migration20261203053855_ActionItemConfidential extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "action_item" add column "confidential" boolean not null default false;`);
    // The follow-ups of confidential talks recorded before the column existed.
    this.addSql(
      `update "action_item" set "confidential" = true where "talk_id" in (select "id" from "talk" where "confidential");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_item" drop column "confidential";`);
  }
}
