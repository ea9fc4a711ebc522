import { Migration } from '@mikro-orm/migrations';

// Written by hand: SQLite's schema diff proposes spurious table rebuilds; only the talk's client
// key (idempotent resends from the portal's outbox) is new.
export class Migration20261203022756_TalkClientKey extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `talk` add column `client_key` text null;');
    this.addSql('create unique index `talk_talker_id_client_key_unique` on `talk` (`talker_id`, `client_key`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index `talk_talker_id_client_key_unique`;');
    this.addSql('alter table `talk` drop column `client_key`;');
  }
}
