-- Verify verminguard:contract_cards on pg

BEGIN;

SELECT contract_id, holder, card_last4, card_expiry
  FROM contract_cards
 WHERE FALSE;

ROLLBACK;
