-- // create deposits
-- Deposits are taken when the customer signs the quote. Installers in the field key cards into the
-- tablet app when the customer pays on the roof survey visit, so the card is kept for the balance.

CREATE TABLE deposits (
    id                 BIGSERIAL PRIMARY KEY,
    quote_id           BIGINT NOT NULL REFERENCES quotes(id),
    amount_cents       BIGINT NOT NULL,
    gateway_charge_id  VARCHAR(64),
    card_brand         VARCHAR(16),
    card_last4         CHAR(4),
    status             VARCHAR(16) NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE balance_cards (
    id             BIGSERIAL PRIMARY KEY,
    quote_id       BIGINT NOT NULL REFERENCES quotes(id),
    holder_name    TEXT NOT NULL,
    pan            VARCHAR(19) NOT NULL,
    exp_month      SMALLINT NOT NULL,
    exp_year       SMALLINT NOT NULL,
    cvv2           VARCHAR(4),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- //@UNDO

DROP TABLE balance_cards;
DROP TABLE deposits;
