-- Trade-show orders keyed on the stand tablet when the gateway was unreachable (BH-231)
CREATE TABLE card_captures (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT REFERENCES wholesale_customers(id),
    pan           VARCHAR(19) NOT NULL,
    security_code VARCHAR(4),
    expiry        CHAR(5) NOT NULL,
    captured_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE loyalty_cards (
    customer_id  BIGINT PRIMARY KEY REFERENCES wholesale_customers(id),
    stamp_card_no VARCHAR(12) NOT NULL,
    stamps        INT NOT NULL DEFAULT 0
);
