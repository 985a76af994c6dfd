-- Revert verminguard:contract_cards from pg

BEGIN;

DROP TABLE contract_cards;

COMMIT;
