import { Migration } from '@mikro-orm/migrations';

export class Migration20261126094025_VisitClientKey extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "visit" add column "client_key" varchar(64) null;`);
    this.addSql(`alter table "visit" alter column "acknowledged_at" type timestamptz using ("acknowledged_at"::timestamptz);`);
    this.addSql(`alter table "visit" add constraint "visit_author_id_client_key_unique" unique ("author_id", "client_key");`);

    this.addSql(`alter table "action_item" alter column "closed_at" type timestamptz using ("closed_at"::timestamptz);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_item" alter column "closed_at" type varchar(255) using ("closed_at"::varchar(255));`);

    this.addSql(`alter table "visit" drop constraint "visit_author_id_client_key_unique";`);
    this.addSql(`alter table "visit" drop column "client_key";`);

    this.addSql(`alter table "visit" alter column "acknowledged_at" type varchar(255) using ("acknowledged_at"::varchar(255));`);
  }

}
