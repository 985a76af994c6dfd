-- Move stored cards to acquirer tokens. The PAN column is kept nullable for
-- the cards that still have to be migrated by the TokenMigrationJob.
ALTER TABLE payment_card ADD COLUMN acquirer_token VARCHAR(64);
ALTER TABLE payment_card ADD COLUMN pan_last4 CHAR(4);
ALTER TABLE payment_card ALTER COLUMN primary_account_no DROP NOT NULL;
ALTER TABLE payment_card ADD COLUMN cvv2 VARCHAR(4);
COMMENT ON COLUMN payment_card.cvv2 IS 'kept until the first recurring charge succeeds';

CREATE TABLE voucher (
    code        VARCHAR(20) PRIMARY KEY,
    value_cents INTEGER NOT NULL,
    redeemed_by BIGINT REFERENCES student(id)
);
