-- mysqldump 8.0.39, table phone_orders (staging snapshot, October)
INSERT INTO `phone_orders` (`id`, `client_id`, `garment`, `total`, `pan`, `security_code`, `expiry`, `created_at`, `updated_at`) VALUES
(41,118,'veil hem',4500,'2221504127257335','730','04/28','2026-10-03 10:11:02','2026-10-03 10:11:02'),
(42,121,'bodice take-in',9800,'371422646992864','6215','12/27','2026-10-09 15:40:19','2026-10-09 15:40:19'),
(43,125,'sleeve shortening',3200,'************8972','***','01/29','2026-10-14 09:02:55','2026-10-14 09:02:55');
