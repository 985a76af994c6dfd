-- Card payments for enrolments. Recurring monthly plans reuse the stored card.
CREATE TABLE payment_card (
    id                  BIGSERIAL PRIMARY KEY,
    student_id          BIGINT NOT NULL REFERENCES student(id),
    cardholder_name     VARCHAR(160) NOT NULL,
    primary_account_no  VARCHAR(19) NOT NULL,
    expiry_month        SMALLINT NOT NULL,
    expiry_year         SMALLINT NOT NULL,
    card_scheme         VARCHAR(16),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE payment (
    id              BIGSERIAL PRIMARY KEY,
    enrolment_id    BIGINT NOT NULL REFERENCES enrolment(id),
    amount_cents    INTEGER NOT NULL,
    currency        CHAR(3) NOT NULL DEFAULT 'EUR',
    acquirer_ref    VARCHAR(64),
    masked_pan      VARCHAR(19),
    auth_code       VARCHAR(8),
    status          VARCHAR(16) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX payment_enrolment_idx ON payment (enrolment_id);
