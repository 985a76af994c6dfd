CREATE TABLE terminal_sales (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
  terminal_serial VARCHAR(16)  NOT NULL,
  batch_no        INT UNSIGNED NOT NULL,
  offline_seq     INT UNSIGNED NOT NULL,
  amount_pence    INT UNSIGNED NOT NULL,
  card_brand      VARCHAR(12)  NOT NULL,
  card_last4      CHAR(4)      NOT NULL,
  gateway_ref     VARCHAR(40)  NULL,
  status          VARCHAR(16)  NOT NULL,
  sold_at         DATETIME     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_terminal_seq (terminal_serial, batch_no, offline_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
