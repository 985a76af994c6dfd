-- MySQL dump 10.13  Distrib 5.7.36, for Linux (x86_64)
--
-- Host: localhost    Database: sweepbook
-- ------------------------------------------------------
-- Exported from the SweepBook desktop app before the move to the new booking system.

DROP TABLE IF EXISTS `sb_jobs`;
CREATE TABLE `sb_jobs` (
  `job_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_name` varchar(100) DEFAULT NULL,
  `postcode` varchar(10) DEFAULT NULL,
  `job_date` date DEFAULT NULL,
  `amount` decimal(8,2) DEFAULT NULL,
  `card_no` varchar(20) DEFAULT NULL,
  `cert_no` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`job_id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

LOCK TABLES `sb_jobs` WRITE;
INSERT INTO `sb_jobs` VALUES (1187,'R Pennington','BA2 4QT','2021-11-03',65.00,'4824903251869559','2021110300001187');
INSERT INTO `sb_jobs` VALUES (1188,'L Adeyemi','BA1 6HG','2021-11-03',65.00,'XXXXXXXXXXXX2309','2021110300001188');
INSERT INTO `sb_jobs` VALUES (1196,'K Marsh','SN14 0AB','2021-11-04',95.00,'5500843290354288','2021110400001196');
INSERT INTO `sb_jobs` VALUES (1201,'Brookfield Lettings','BA3 2RT','2021-11-05',130.00,'346063246534193',NULL);
INSERT INTO `sb_jobs` VALUES (1203,'P Oduya','BA2 9LS','2021-11-05',65.00,NULL,'2021110500001203');
UNLOCK TABLES;
