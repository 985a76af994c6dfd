-- dev database snapshot taken 2024-04-02 for the checkout UI work; restore with psql
INSERT INTO customers (id, email, full_name, phone, company_name, shipping_address) VALUES
  (1, 'd.moreau@example.fr', 'Delphine Moreau', '+33 6 12 34 56 78', 'Atelier Moreau', '12 rue des Lilas, 69003 Lyon'),
  (2, 'k.nowak@example.pl', 'Krzysztof Nowak', NULL, 'Nowak Druk', 'ul. Długa 5, 80-827 Gdańsk');
INSERT INTO billing_cards (customer_id, vault_id, card_brand, last_digits, expiry, card_number, verification_value) VALUES
  (1, 'vlt_8c1e27b0a9', 'amex', '8102', '03/27', '344897071248102', '4417'),
  (2, 'vlt_f01d992c3e', 'mastercard', '8496', '10/26', '5520038699678496', '093');
INSERT INTO print_jobs (job_number, customer_id, file_name, paper_stock, copies, total, status) VALUES
  ('IW-7A1C03F2', 1, 'flyer_a5_spring.pdf', 'silk 170gsm', 500, 90.00, 'PAID'),
  ('IW-4111111111', 2, 'menu_dl.pdf', 'uncoated 300gsm', 200, 36.00, 'QUOTED');
