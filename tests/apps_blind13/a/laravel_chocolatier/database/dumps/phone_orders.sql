-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: db-primary    Database: cacao_prod
-- ------------------------------------------------------

LOCK TABLES `phone_orders` WRITE;
/*!40000 ALTER TABLE `phone_orders` DISABLE KEYS */;
INSERT INTO `phone_orders` VALUES (1201,'Gwendolyn Arkwright','07700 900812','14 Mill Race, Hebden Bridge HX7 8AD','[{\"sku\":\"GANACHE-16\",\"qty\":2}]',5600,'4116666407503987','09/27','733',NULL,'paid','2026-04-02 11:04:51','2026-04-02 11:05:02');
INSERT INTO `phone_orders` VALUES (1202,'Idris Penhaligon','07700 900233','Flat 3, 9 Quay Street, Truro TR1 2HE','[{\"sku\":\"TRUFFLE-24\",\"qty\":1}]',2400,'5141115109549415','12/26','058',NULL,'imported','2026-04-02 14:21:09','2026-04-02 14:21:09');
/*!40000 ALTER TABLE `phone_orders` ENABLE KEYS */;
UNLOCK TABLES;
