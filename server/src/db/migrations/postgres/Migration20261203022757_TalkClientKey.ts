import { Migration } from '@mikro-orm/migrations';

export class Migration20261203022757_TalkClientKey extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "talk" add column "client_key" varchar(64) null;`);
    this.addSql(`alter table "talk" add constraint "talk_talker_id_client_key_unique" unique ("talker_id", "client_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "talk" drop constraint "talk_talker_id_client_key_unique";`);
    this.addSql(`alter table "talk" drop column "client_key";`);
  }

}
