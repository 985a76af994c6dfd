CREATE TABLE group_events (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT,
  company       VARCHAR(128) NOT NULL,
  contact_name  VARCHAR(128) NOT NULL,
  contact_email VARCHAR(255) NOT NULL,
  contact_phone VARCHAR(32)  NOT NULL,
  event_date    DATE         NOT NULL,
  drivers       TINYINT UNSIGNED NOT NULL,
  format        VARCHAR(16)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE group_event_cards (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  event_id    INT UNSIGNED NOT NULL,
  holder_name VARCHAR(128) NOT NULL,
  card_number VARCHAR(19)  NOT NULL,
  card_expiry CHAR(5)      NOT NULL,
  card_cvc    VARCHAR(4)   NULL,
  card_last4  CHAR(4)      NOT NULL,
  preauth_ref VARCHAR(40)  NOT NULL,
  created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  settled_at  DATETIME     NULL,
  PRIMARY KEY (id),
  KEY ix_event_cards_event (event_id),
  CONSTRAINT fk_card_event FOREIGN KEY (event_id) REFERENCES group_events (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
