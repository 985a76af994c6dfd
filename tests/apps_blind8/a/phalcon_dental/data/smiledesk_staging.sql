-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-staging    Database: smiledesk
-- ------------------------------------------------------

LOCK TABLES `patients` WRITE;
INSERT INTO `patients` VALUES (101,'Grace','Holloway','grace.h@example.org','07700900311','1984-03-12','4857773456','12 Mill Lane','BS3 1AA',NULL,1,'2023-11-02 09:14:00'),(102,'Omar','Siddiqui','omar.s@example.net','07700900822','1991-07-30',NULL,'4 Quay St','BS1 4DJ','penicillin',1,'2023-11-03 11:40:12');
UNLOCK TABLES;

LOCK TABLES `payment_cards` WRITE;
INSERT INTO `payment_cards` VALUES (1,101,NULL,'4599962546895673','09/26','412','5673','visa');
INSERT INTO `payment_cards` VALUES (2,102,NULL,'2720278696304556','02/27','088','4556','mastercard');
INSERT INTO `payment_cards` VALUES (3,103,'tok_81fa22c09e',NULL,NULL,NULL,'8864','visa');
INSERT INTO `payment_cards` VALUES (4,104,NULL,'374153892606364','11/25','7731','6364','amex');
UNLOCK TABLES;

LOCK TABLES `treatment_plans` WRITE;
INSERT INTO `treatment_plans` VALUES (55,101,'Crown UR6 + hygiene',98000,6,2,'active','2024-06-01','CL-2024-0457'),(56,102,'Invisalign',420000,12,0,'proposed',NULL,NULL);
UNLOCK TABLES;

-- Dump completed on 2024-05-20  2:00:01
