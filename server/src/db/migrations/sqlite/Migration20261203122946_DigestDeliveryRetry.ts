import { Migration } from '@mikro-orm/migrations';

export class Migration20261203122946_DigestDeliveryRetry extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`digest_delivery\` add column \`next_attempt_at\` datetime null;`);
    this.addSql(`alter table \`digest_delivery\` add column \`payload\` json null;`);
    this.addSql(`create index \`digest_delivery_status_next_attempt_at_index\` on \`digest_delivery\` (\`status\`, \`next_attempt_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`digest_delivery_status_next_attempt_at_index\`;`);
    this.addSql(`alter table \`digest_delivery\` drop column \`payload\`;`);
    this.addSql(`alter table \`digest_delivery\` drop column \`next_attempt_at\`;`);
  }

}
