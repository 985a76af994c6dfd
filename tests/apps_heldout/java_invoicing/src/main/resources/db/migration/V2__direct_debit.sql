CREATE TABLE direct_debit_mandate (
    id                    BIGINT PRIMARY KEY,
    customer_id           BIGINT REFERENCES customers (id),
    iban                  VARCHAR(34),
    mandate_reference     VARCHAR(35),
    signed_at             TIMESTAMP,
    fallback_acct_number  VARCHAR(19),
    fallback_cvv          VARCHAR(4),
    holder_name           VARCHAR(100),
    expiry                VARCHAR(5)
);

CREATE TABLE refund_audit (
    id          BIGSERIAL PRIMARY KEY,
    invoice_id  BIGINT REFERENCES invoice (id),
    amount      NUMERIC(12, 2),
    card_number VARCHAR(19),
    created_at  TIMESTAMP NOT NULL
);
