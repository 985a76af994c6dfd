import type { Migration } from '../migrate.js';

// Gear rental deposits are keyed at the beach hut terminal when the wifi is down.
export const up: Migration = async ({ context: pool }) => {
  await pool.query(`
    CREATE TABLE rental_deposits (
      id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
      student_id    INT UNSIGNED,
      kite_serial   VARCHAR(24) NOT NULL,
      card_number   VARCHAR(19) NOT NULL,
      card_expiry   CHAR(5) NOT NULL,
      card_cvv      CHAR(4),
      hold_cents    INT NOT NULL,
      released_at   DATETIME NULL
    )`);
  await pool.query(`ALTER TABLE students ADD COLUMN wetsuit_locker_no CHAR(6) NULL`);
};

export const down: Migration = async ({ context: pool }) => {
  await pool.query('DROP TABLE rental_deposits');
};
