CREATE TABLE `waivers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guardian_name` varchar(128) NOT NULL,
  `guardian_email` varchar(255) NOT NULL,
  `guardian_phone` varchar(32) NOT NULL,
  `medical_notes` text,
  `marketing` tinyint(1) NOT NULL DEFAULT '0',
  `signed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jumpers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `waiver_id` bigint NOT NULL,
  `first_name` varchar(64) NOT NULL,
  `last_name` varchar(64) NOT NULL,
  `date_of_birth` date NOT NULL,
  `wristband_uid` char(16) NOT NULL,
  `locker_pin` char(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_wristband` (`wristband_uid`),
  KEY `ix_waiver` (`waiver_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
