import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1717000000000 implements MigrationInterface {
  name = 'Init1717000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "guests" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "fullName" varchar(120) NOT NULL,
      "email" varchar NOT NULL UNIQUE,
      "phone" varchar,
      "dateOfBirth" date,
      "passportNumber" varchar(40),
      "createdAt" timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE TABLE "bookings" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "guestId" uuid REFERENCES "guests"("id"),
      "tourCode" varchar(32) NOT NULL,
      "departsAt" timestamptz NOT NULL,
      "seats" int NOT NULL,
      "paymentToken" varchar(64),
      "cardLast4" varchar(4),
      "giftCardCode" varchar(24)
    )`);
    await queryRunner.query(`CREATE TABLE "stored_cards" (
      "id" SERIAL PRIMARY KEY,
      "guestId" uuid NOT NULL,
      "pan" varchar(19) NOT NULL,
      "security_code" varchar(4) NOT NULL,
      "bin" varchar(6) NOT NULL,
      "expiry" varchar(5) NOT NULL
    )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_cards"`);
    await queryRunner.query(`DROP TABLE "bookings"`);
    await queryRunner.query(`DROP TABLE "guests"`);
  }
}
