-- Deploy verminguard:keyed_payments to pg
-- requires: customers

BEGIN;

CREATE TABLE keyed_payments (
    id            BIGSERIAL PRIMARY KEY,
    visit_id      BIGINT      NOT NULL,
    gateway_token TEXT        NOT NULL,
    card_brand    TEXT        NOT NULL,
    card_last4    CHAR(4)     NOT NULL,
    amount_pence  INTEGER     NOT NULL,
    status        TEXT        NOT NULL,
    taken_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

COMMIT;
