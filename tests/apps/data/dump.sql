-- PostgreSQL dump
INSERT INTO payments VALUES (1, 'ada@example.com', '5425233430109903', 1999);
INSERT INTO payments VALUES (2, 'alan@example.com', '1700000000000', 2500);
INSERT INTO orders VALUES (3, '2024-01-01', 'ORD-12345678901234');
