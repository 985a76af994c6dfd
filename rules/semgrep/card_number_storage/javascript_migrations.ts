import { MigrationInterface, QueryRunner, Table, TableColumn } from "typeorm";

export class CreateWallet1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "wallet_card" (` +
        `"id" SERIAL NOT NULL, ` +
        // ruleid: card-number-sql-in-javascript-string
        `"card_number" character varying(19) NOT NULL, ` +
        // ok: card-number-sql-in-javascript-string
        `"card_last4" character varying(4) NOT NULL, ` +
        // ok: card-number-sql-in-javascript-string
        `"pan_token" character varying(64), ` +
        `CONSTRAINT "PK_wallet_card" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      "CREATE TABLE refunds (" +
        // ruleid: card-number-sql-in-javascript-string
        'ccnum VARCHAR(19),' +
        "amount INTEGER)",
    );
    await queryRunner.createTable(
      new Table({
        name: "stored_card",
        columns: [
          { name: "id", type: "int", isPrimary: true },
          // ruleid: card-number-typeorm-migration-column
          { name: "primary_account_number", type: "varchar", length: "19" },
          // ok: card-number-typeorm-migration-column
          { name: "card_number", type: "varchar", length: "4" },
          // ok: card-number-typeorm-migration-column
          { name: "network_token", type: "varchar" },
        ],
      }),
    );
    await queryRunner.addColumn(
      "stored_card",
      // ruleid: card-number-typeorm-migration-column
      new TableColumn({ name: "pan", type: "text", isNullable: true }),
    );
  }
}

export async function up(knex) {
  await knex.schema.createTable("vault_entries", (table) => {
    table.increments("id");
    // ruleid: card-number-knex-schema-column
    table.string("card_number");
    // ok: card-number-knex-schema-column
    table.string("card_number_last4", 4);
    // ok: card-number-knex-schema-column
    table.string("card_token");
    // ok: card-number-knex-schema-column
    table.string("cardNumber", 4);
  });
  await knex.schema.alterTable("orders", function (t) {
    // ruleid: card-number-knex-schema-column
    t.text("credit_card");
  });
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('members', (t) => {
    // ok: card-number-knex-schema-column
    t.string('key_card_no', 16);
  });
}
