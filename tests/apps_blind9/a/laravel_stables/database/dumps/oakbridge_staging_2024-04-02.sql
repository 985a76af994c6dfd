-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: oakbridge
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET NAMES utf8mb4 */;

--
-- Dumping data for table `lesson_bookings`
--

LOCK TABLES `lesson_bookings` WRITE;
/*!40000 ALTER TABLE `lesson_bookings` DISABLE KEYS */;
INSERT INTO `lesson_bookings` (`id`, `rider_id`, `horse_id`, `instructor_id`, `arena`, `starts_at`, `kind`, `deposit_pence`, `status`, `gateway_payment_id`, `card_last_four`, `card_cvc`, `phone_card_number`, `created_at`, `updated_at`) VALUES
(4101,311,12,3,'indoor','2024-03-28 10:00:00','private',2500,'confirmed','ch_3OyTq2Lk8','2951','118','4092220685512951','2024-03-27 15:41:02','2024-03-27 18:02:11'),
(4102,318,7,4,'outdoor','2024-03-28 11:30:00','private',2500,'pending',NULL,'5860','604','5534446508385860','2024-03-27 16:05:40','2024-03-27 16:05:40'),
(4103,320,NULL,4,'indoor','2024-03-29 09:00:00','group',0,'confirmed',NULL,NULL,NULL,NULL,'2024-03-27 16:30:12','2024-03-27 16:30:12'),
(4104,322,9,3,'cross-country','2024-03-30 14:00:00','private',2500,'failed',NULL,'3007','77','6941287852433007','2024-03-28 09:12:55','2024-03-28 09:40:09');
/*!40000 ALTER TABLE `lesson_bookings` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Dumping data for table `livery_cards`
--

LOCK TABLES `livery_cards` WRITE;
/*!40000 ALTER TABLE `livery_cards` DISABLE KEYS */;
INSERT INTO `livery_cards` (`id`, `rider_id`, `holder_name`, `card_number`, `expiry`, `last_four`, `brand`, `created_at`, `updated_at`) VALUES
(88,311,'H WAINWRIGHT','eyJpdiI6IkR4c2F6bE1OcE5wQ2xPeUxjOWZtUmc9PSIsInZhbHVlIjoiT1VwR2lsc0lZVjJ5R2c9PSIsIm1hYyI6IjdkYjQ1In0=','07/26','2951','visa','2024-02-02 10:11:12','2024-02-02 10:11:12'),
(89,318,'R OKONKWO','eyJpdiI6IlBlUnRUVEhHNmh3cThLRFNaWjlxR0E9PSIsInZhbHVlIjoibVhxY2d4VkZ2c2s9IiwibWFjIjoiYWIxMjMifQ==','11/27','5860','mastercard','2024-02-09 14:22:01','2024-02-09 14:22:01');
/*!40000 ALTER TABLE `livery_cards` ENABLE KEYS */;
UNLOCK TABLES;
