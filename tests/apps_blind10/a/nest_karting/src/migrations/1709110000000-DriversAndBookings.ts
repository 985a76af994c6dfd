import { MigrationInterface, QueryRunner } from 'typeorm';

export class DriversAndBookings1709110000000 implements MigrationInterface {
  name = 'DriversAndBookings1709110000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "drivers" (
        "id" SERIAL PRIMARY KEY,
        "first_name" varchar(80) NOT NULL,
        "last_name" varchar(80) NOT NULL,
        "email" varchar(254) NOT NULL UNIQUE,
        "phone" varchar(32),
        "date_of_birth" date NOT NULL,
        "weight_kg" smallint,
        "waiver_id" varchar(40),
        "guardian_name" varchar(160),
        "created_at" TIMESTAMP NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "bookings" (
        "id" SERIAL PRIMARY KEY,
        "driverId" integer REFERENCES "drivers"("id"),
        "session_id" integer NOT NULL,
        "kart_class" varchar(16) NOT NULL DEFAULT 'adult',
        "deposit_pence" integer NOT NULL DEFAULT 0,
        "deposit_ref" varchar(64),
        "card_last4" varchar(4),
        "status" varchar(16) NOT NULL DEFAULT 'held',
        "created_at" TIMESTAMP NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "bookings"`);
    await queryRunner.query(`DROP TABLE "drivers"`);
  }
}
