import { Migration } from '@mikro-orm/migrations';

// Trimmed by hand: SQLite's schema diff proposes spurious table rebuilds; only the login throttle's
// counters and the accounts' known login addresses are new (audit_event.subject_id widens to 64 on
// PostgreSQL only: SQLite's text has no length).
export class Migration20261203052918_LoginThrottle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`login_throttle\` (\`key\` text not null, \`attempts\` integer not null default 0, \`last_attempt_at\` bigint not null, \`blocked_until\` bigint not null default 0, \`backoff_ms\` bigint not null default 0, primary key (\`key\`));`);
    this.addSql(`create table \`login_address\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`officer_id\` integer not null, \`address\` text not null, \`last_success_at\` datetime not null, constraint \`login_address_officer_id_foreign\` foreign key(\`officer_id\`) references \`officer\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`login_address_officer_id_index\` on \`login_address\` (\`officer_id\`);`);
    this.addSql(`create unique index \`login_address_officer_id_address_unique\` on \`login_address\` (\`officer_id\`, \`address\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `login_address`;');
    this.addSql('drop table if exists `login_throttle`;');
  }
}
