-- Business fleet accounts pay monthly on a company card. The number is encrypted by the
-- application (CardNumberConverter, AES-GCM) before it reaches this column.
CREATE TABLE fleet_accounts (
    id                 BIGSERIAL PRIMARY KEY,
    company_name       VARCHAR(160) NOT NULL,
    billing_email      VARCHAR(254) NOT NULL,
    card_number_enc    TEXT         NOT NULL,
    card_last4         CHAR(4)      NOT NULL,
    card_brand         VARCHAR(16),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

UPDATE courtesy_car_holds SET cvv = NULL WHERE gateway_auth_id IS NOT NULL;
