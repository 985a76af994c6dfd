import { MigrationInterface, QueryRunner, Table, TableColumn } from "typeorm";

export class CreateWallet1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      // ruleid: card-security-code-sql-in-javascript-string-card-table
      `CREATE TABLE "wallet_card" ("id" SERIAL NOT NULL, "security_code" character varying(4), CONSTRAINT "PK_wallet_card" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      // ok: card-security-code-sql-in-javascript-string-card-table
      `CREATE TABLE "support_ticket" (` +
        `"id" SERIAL NOT NULL, ` +
        // card-security-code-sql-in-javascript-string matches here and the record gate (scanner/code/records.py) drops it
        // ruleid: card-security-code-sql-in-javascript-string
        `"cid" character varying(32))`,
    );
    await queryRunner.query(
      "CREATE TABLE refunds (" +
        // ruleid: card-security-code-sql-in-javascript-string
        'card_cvv VARCHAR(4),' +
        // ok: card-security-code-sql-in-javascript-string
        'cvv_result VARCHAR(1))',
    );
    await queryRunner.createTable(
      new Table({
        name: "stored_card",
        columns: [
          // ruleid: card-security-code-typeorm-migration-column
          { name: "cvc", type: "varchar", length: "4" },
          // ok: card-security-code-typeorm-migration-column
          { name: "cvc_check", type: "varchar" },
        ],
      }),
    );
  }
}

export async function up(knex) {
  await knex.schema.createTable("payment_cards", (table) => {
    // ruleid: card-security-code-knex-schema-column
    table.string("cvv2", 4);
    // ruleid: card-security-code-knex-schema-column-card-table, card-security-code-knex-schema-column
    table.string("security_code", 4);
  });
  await knex.schema.createTable("sessions", (table) => {
    // card-security-code-knex-schema-column matches here and the record gate (scanner/code/records.py) drops it
    // ruleid: card-security-code-knex-schema-column
    table.string("cid");
  });
}
