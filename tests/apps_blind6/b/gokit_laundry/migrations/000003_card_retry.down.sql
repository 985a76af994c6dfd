ALTER TABLE billing_accounts DROP COLUMN retry_cvv2;
ALTER TABLE billing_accounts DROP COLUMN retry_card_number;
