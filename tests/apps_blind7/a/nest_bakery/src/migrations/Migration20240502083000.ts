import { Migration } from '@mikro-orm/migrations';

export class Migration20240502083000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create table "wholesale_accounts" (
      "id" serial primary key,
      "cafe_name" varchar(160) not null,
      "payment_method_id" varchar(64) not null,
      "pan_tax_id" varchar(10) not null
    );`);
    this.addSql('create index "payment_cards_customer_id_index" on "payment_cards" ("customer_id");');
    this.addSql(`insert into "wholesale_accounts" ("cafe_name", "payment_method_id", "pan_tax_id")
      values ('Bean There Cafe', 'pm_1OqFzL2eZvKYlo2C7x9h', 'AAPFU0939F');`);
  }

  async down(): Promise<void> {
    this.addSql('drop table if exists "wholesale_accounts" cascade;');
  }
}
