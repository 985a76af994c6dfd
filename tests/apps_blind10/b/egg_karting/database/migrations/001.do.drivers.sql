CREATE TABLE drivers (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT,
  first_name    VARCHAR(64)  NOT NULL,
  last_name     VARCHAR(64)  NOT NULL,
  email         VARCHAR(255) NOT NULL,
  phone         VARCHAR(32)  NULL,
  date_of_birth DATE         NOT NULL,
  weight_kg     DECIMAL(5,1) NOT NULL,
  nickname      VARCHAR(12)  NULL,
  licence_no    VARCHAR(16)  NULL,
  wristband_uid CHAR(14)     NOT NULL,
  locker_code   CHAR(4)      NOT NULL,
  best_lap_ms   INT UNSIGNED NULL,
  created_at    DATETIME     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_drivers_email (email),
  UNIQUE KEY uq_drivers_wristband (wristband_uid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE junior_waivers (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT,
  driver_id      INT UNSIGNED NOT NULL,
  guardian_name  VARCHAR(128) NOT NULL,
  guardian_phone VARCHAR(32)  NOT NULL,
  relationship   VARCHAR(16)  NOT NULL,
  medical_notes  TEXT         NULL,
  signed_at      DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_waiver_driver FOREIGN KEY (driver_id) REFERENCES drivers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
