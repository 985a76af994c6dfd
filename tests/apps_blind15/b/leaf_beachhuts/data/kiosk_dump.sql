-- mysqldump excerpt, kiosk_payments, season 2021 (before tokenisation)
INSERT INTO `kiosk_payments` VALUES
(41,1022,'372194407771386','','09/23','pier-kiosk','2021-07-17 11:02:44'),
(42,1029,'341563990019296','','02/24','pier-kiosk','2021-07-17 15:40:10'),
(43,1031,'XXXXXXXXXXXX8831','','05/23','promenade','2021-07-18 09:12:01');
