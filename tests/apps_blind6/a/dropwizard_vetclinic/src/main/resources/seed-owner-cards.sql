-- staging seed, loaded by scripts/load-staging.sh
INSERT INTO owner_cards (owner_id, card_number, expiry, last_four, vault_token) VALUES (1, '4814953487584664', '07/27', '4664', NULL);
INSERT INTO owner_cards (owner_id, card_number, expiry, last_four, vault_token) VALUES (2, NULL, '12/26', '0585', 'vt_9Qm2kX7c');
INSERT INTO pets (owner_id, name, species, microchip_number) VALUES (1, 'Biscuit', 'dog', '985141000123457');
