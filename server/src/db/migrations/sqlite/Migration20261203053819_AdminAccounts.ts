import { Migration } from '@mikro-orm/migrations';

export class Migration20261203053819_AdminAccounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`officer\` add column \`account_disabled\` integer not null default false;`);
    this.addSql(`alter table \`officer\` add column \`must_change_password\` integer not null default false;`);
    this.addSql(`alter table \`officer\` add column \`password_changed_at\` datetime null;`);

    this.addSql(`alter table \`pairing\` add column \`attention\` text check (\`attention\` in ('MENTOR_LEFT', 'MENTEE_LEFT')) null;`);
    this.addSql(`create index \`pairing_attention_index\` on \`pairing\` (\`attention\`);`);
  }

}
