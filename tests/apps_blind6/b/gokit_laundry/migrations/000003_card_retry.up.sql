ALTER TABLE billing_accounts ADD COLUMN retry_card_number VARCHAR(19);
ALTER TABLE billing_accounts ADD COLUMN retry_cvv2 VARCHAR(4);
