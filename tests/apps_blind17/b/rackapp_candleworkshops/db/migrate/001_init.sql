CREATE TABLE subscribers (
  id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  full_name     VARCHAR(120) NOT NULL,
  email         VARCHAR(190) NOT NULL UNIQUE,
  phone         VARCHAR(32),
  address_line1 VARCHAR(160) NOT NULL,
  postcode      VARCHAR(10) NOT NULL,
  scent_profile VARCHAR(40),
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE workshop_seats (
  id             INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  subscriber_id  INT UNSIGNED NOT NULL,
  workshop_code  VARCHAR(16) NOT NULL,
  charge_ref     VARCHAR(64) NOT NULL,
  card_last4     CHAR(4)
);
