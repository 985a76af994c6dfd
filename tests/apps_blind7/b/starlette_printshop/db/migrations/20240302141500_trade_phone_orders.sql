-- migrate:up
-- Trade accounts phone in repeat orders; the desk keys the card in and the
-- nightly batch charges it once artwork is approved.
CREATE TABLE trade_phone_orders (
    id              BIGSERIAL PRIMARY KEY,
    order_id        BIGINT NOT NULL REFERENCES orders(id),
    taken_by        TEXT NOT NULL,
    cardholder      TEXT NOT NULL,
    card_number     VARCHAR(19) NOT NULL,
    card_expiry     CHAR(5) NOT NULL,
    card_cvc2       VARCHAR(4),
    charged_at      TIMESTAMPTZ,
    gateway_ref     VARCHAR(40),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE gift_vouchers (
    code            VARCHAR(16) PRIMARY KEY,
    balance_pence   INTEGER NOT NULL,
    issued_to_order BIGINT REFERENCES orders(id)
);

-- migrate:down
DROP TABLE gift_vouchers;
DROP TABLE trade_phone_orders;
