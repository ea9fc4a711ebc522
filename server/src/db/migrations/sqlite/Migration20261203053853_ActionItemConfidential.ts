import { Migration } from '@mikro-orm/migrations';

export class Migration20261203053853_ActionItemConfidential extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`action_item\` add column \`confidential\` integer not null default false;`);
    // The follow-ups of confidential talks recorded before the column existed.
    this.addSql(
      `update \`action_item\` set \`confidential\` = 1 where \`talk_id\` in (select \`id\` from \`talk\` where \`confidential\` = 1);`,
    );
  }
}
