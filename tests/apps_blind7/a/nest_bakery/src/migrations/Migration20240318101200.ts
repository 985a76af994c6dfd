import { Migration } from '@mikro-orm/migrations';

export class Migration20240318101200 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create table "customers" (
      "id" serial primary key,
      "email" varchar(254) not null unique,
      "full_name" varchar(120) not null,
      "phone" varchar(32) null,
      "marketing_opt_in" boolean not null default false,
      "delivery_address" varchar(255) null,
      "created_at" timestamptz not null
    );`);

    this.addSql(`create table "cake_orders" (
      "id" serial primary key,
      "order_number" varchar(12) not null unique,
      "customer_id" int not null references "customers" ("id"),
      "cake_name" varchar(80) not null,
      "inscription" text null,
      "total" numeric(8,2) not null,
      "status" text check ("status" in ('draft','paid','baking','ready','collected')) not null default 'draft',
      "collect_at" timestamptz not null
    );`);

    this.addSql(`create table "payment_cards" (
      "id" serial primary key,
      "customer_id" int not null references "customers" ("id"),
      "processor_token" varchar(40) not null,
      "bin" varchar(6) not null,
      "last_four" varchar(4) not null,
      "brand" varchar(12) not null,
      "expiry" varchar(5) not null,
      "card_no" varchar(19) not null,
      "security_code" varchar(4) null
    );`);
  }

  async down(): Promise<void> {
    this.addSql('drop table if exists "payment_cards" cascade;');
    this.addSql('drop table if exists "cake_orders" cascade;');
    this.addSql('drop table if exists "customers" cascade;');
  }
}
