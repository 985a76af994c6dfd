-- dump of the pre-2024 phone order spreadsheet import
INSERT INTO legacy_phone_orders (member_id, card_no, cid, amount, ref) VALUES (1042, '345320540475973', '4821', 156.00, 'PH-2023-0091');
INSERT INTO legacy_phone_orders (member_id, card_no, cid, amount, ref) VALUES (1077, '5114699310712873', '903', 89.00, 'PH-2023-0102');
INSERT INTO legacy_phone_orders (member_id, card_no, cid, amount, ref) VALUES (1101, '4000000000000003', '118', 89.00, 'PH-2023-0117');
INSERT INTO legacy_phone_orders (member_id, card_no, cid, amount, ref) VALUES (1150, '', '', 45.00, 'PH-2023-0120');
