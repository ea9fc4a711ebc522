import { Migration } from '@mikro-orm/migrations';

export class Migration20261203122949_DigestDeliveryRetry extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "digest_delivery" add column "next_attempt_at" timestamptz null, add column "payload" jsonb null;`);
    this.addSql(`create index "digest_delivery_status_next_attempt_at_index" on "digest_delivery" ("status", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "digest_delivery_status_next_attempt_at_index";`);
    this.addSql(`alter table "digest_delivery" drop column "next_attempt_at", drop column "payload";`);
  }

}
