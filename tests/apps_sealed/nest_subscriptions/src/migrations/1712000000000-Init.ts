import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1712000000000 implements MigrationInterface {
  name = 'Init1712000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "subscriber" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "emailAddress" character varying NOT NULL, "fullName" character varying NOT NULL, "birthdate" date, "mobile" character varying, "passwordHash" character varying NOT NULL, "plan" character varying NOT NULL DEFAULT 'monthly', "createdAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_subscriber_email" UNIQUE ("emailAddress"), CONSTRAINT "PK_subscriber" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_card" (` +
        `"id" SERIAL NOT NULL, ` +
        `"primary_account_number" character varying(19) NOT NULL, ` +
        `"security_code" character varying(4), ` +
        `"last4" character varying(4) NOT NULL, ` +
        `"network_token" character varying, ` +
        `"backup_pan" text, ` +
        `"expiry" character varying NOT NULL, ` +
        `"isDefault" boolean NOT NULL DEFAULT false, ` +
        `"subscriberId" uuid, ` +
        `CONSTRAINT "PK_payment_card" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_card" ADD CONSTRAINT "FK_card_subscriber" FOREIGN KEY ("subscriberId") REFERENCES "subscriber"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment_card" DROP CONSTRAINT "FK_card_subscriber"`);
    await queryRunner.query(`DROP TABLE "payment_card"`);
    await queryRunner.query(`DROP TABLE "subscriber"`);
  }
}
