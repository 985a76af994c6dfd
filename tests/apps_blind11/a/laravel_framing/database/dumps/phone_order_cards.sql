-- mysqldump 8.0  Host: db-prod  Database: giltgrain  Table: phone_order_cards
LOCK TABLES `phone_order_cards` WRITE;
INSERT INTO `phone_order_cards` VALUES
  (88,512,'378246862618819',NULL,'03/27',0,'2024-06-02 10:14:03','2024-06-02 10:14:03'),
  (89,517,'371444536829667',NULL,'07/26',0,'2024-06-03 15:40:11','2024-06-03 15:40:11'),
  (90,520,'************4421',NULL,'11/27',1,'2024-06-04 09:02:45','2024-06-04 09:05:12');
UNLOCK TABLES;
