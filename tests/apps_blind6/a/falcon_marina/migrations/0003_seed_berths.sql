-- depends: 0002_stored_cards
INSERT INTO berths (pontoon, number, max_length_m) VALUES ('A', 1, 12.00), ('A', 2, 12.00), ('B', 1, 18.50);
INSERT INTO harbour_dues (invoice_number, amount, card_fingerprint)
VALUES ('HD-2024-000117', 480.00, '9f2c1a7be0d44f61a4c8a0e7f7d2c9b1e3a55d0c6e21b8f4a9d7c3e2b1a0f9e8');
