import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: pool }) => {
  await pool.query(`
    CREATE TABLE students (
      id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
      full_name     VARCHAR(120) NOT NULL,
      email         VARCHAR(190) NOT NULL UNIQUE,
      phone         VARCHAR(32),
      weight_kg     SMALLINT,
      ikO_level     VARCHAR(8),
      created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
    )`);
  await pool.query(`
    CREATE TABLE lesson_payments (
      id               INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
      student_id       INT UNSIGNED NOT NULL,
      amount_cents     INT NOT NULL,
      gateway_ref      VARCHAR(64) NOT NULL,
      card_fingerprint CHAR(64),
      card_last4       CHAR(4),
      created_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
    )`);
};

export const down: Migration = async ({ context: pool }) => {
  await pool.query('DROP TABLE lesson_payments');
  await pool.query('DROP TABLE students');
};
