-- Card kept for the balance of a party booking (food, extra guests, damages), charged on the day.
CREATE TABLE `party_cards` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `party_id` bigint NOT NULL,
  `holder` varchar(128) NOT NULL,
  `card_number` varchar(19) NOT NULL,
  `card_expiry` char(5) NOT NULL,
  `card_cvc` varchar(4) DEFAULT NULL,
  `card_last4` char(4) NOT NULL,
  `deposit_ref` varchar(40) NOT NULL,
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_party` (`party_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parties` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` bigint NOT NULL,
  `guardian_name` varchar(128) NOT NULL,
  `guardian_phone` varchar(32) NOT NULL,
  `child_name` varchar(64) NOT NULL,
  `guests` int NOT NULL,
  `allergies` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
