-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: db-staging    Database: ashcombe
-- Dumped for the plan-migration rehearsal, 2024-09-02

/*!40101 SET NAMES utf8mb4 */;

LOCK TABLES `family_contact` WRITE;
INSERT INTO `family_contact` (`id`, `name`, `email`, `phone`, `address`, `relationship`, `zendesk_user_id`) VALUES
(1,'Eileen Marsh','eileen.marsh@example.net','07700 900412','14 Orchard Rise, Westfield','self',NULL),
(2,'Tomasz Nowak','t.nowak@example.org','07700 900833','2 Mill Lane, Westfield','son',381920114),
(3,'Beverley Adeyemi','bev.adeyemi@example.com','07700 900127','Flat 3, 88 High Street, Westfield','self',NULL);
UNLOCK TABLES;

LOCK TABLES `funeral_plan` WRITE;
INSERT INTO `funeral_plan` (`id`, `holder_id`, `package`, `instalment_pence`, `card_token`, `card_last4`, `card_number`, `card_expiry`, `card_cvc`, `instalments_paid`) VALUES
(1,1,'simple',3950,NULL,'6798','4033199498626798','07/27','412',14),
(2,2,'traditional',6200,'qp_tok_Hn3kq8Wd','1384',NULL,NULL,NULL,9),
(3,3,'woodland',4475,NULL,'0595','374821271260595','12/26','9021',3),
(4,1,'simple',3950,NULL,'1721','2223483044251721','02/28',NULL,0);
UNLOCK TABLES;

LOCK TABLES `arrangement` WRITE;
INSERT INTO `arrangement` (`id`, `arranger_id`, `reference`, `deceased_name`, `date_of_birth`, `date_of_death`, `service_type`, `status`, `updated_at`) VALUES
(1,2,'ASH-4F1C02','Henryk Nowak','1941-03-30','2024-08-19','cremation','cremation_requested','2024-08-22 10:14:03');
UNLOCK TABLES;
