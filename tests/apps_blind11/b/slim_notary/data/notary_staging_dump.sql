-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: staging-db    Database: notary
LOCK TABLES `travel_fee_cards` WRITE;
INSERT INTO `travel_fee_cards` VALUES (41,1093,'4575108340619640','318','09/29','Dana Whitlock',0),(42,1101,'************3345','***','01/28','Leo Baptiste',1);
UNLOCK TABLES;
