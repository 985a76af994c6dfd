-- Reference data: the course catalogue for the 2024/25 academic year.
INSERT INTO course (code, name, language, level, price_cents, capacity) VALUES
    ('ES-A1-EVE', 'Spanish for beginners (evenings)', 'es', 'A1', 42000, 12),
    ('ES-B1-SAT', 'Spanish intermediate (Saturdays)', 'es', 'B1', 46000, 10),
    ('DE-A2-EVE', 'German elementary (evenings)', 'de', 'A2', 42000, 12),
    ('FR-C1-INT', 'French advanced intensive', 'fr', 'C1', 98000, 8),
    ('JA-A1-ONL', 'Japanese for beginners (online)', 'ja', 'A1', 39000, 16),
    ('EN-IELTS', 'IELTS preparation', 'en', 'B2', 55000, 14);

INSERT INTO voucher (code, value_cents) VALUES
    ('LV-WELCOME-2024', 5000),
    ('LV-5419204839', 10000),
    ('LV-GIFT-88231', 2500);
