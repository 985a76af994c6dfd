-- 0002: cards kept on file for surgery deposits (front desk request, see ticket CLIN-311)
CREATE TABLE deposit_cards (
    id          SERIAL PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES owners (id),
    holder_name VARCHAR(120),
    pan         VARCHAR(19) NOT NULL,
    exp_month   SMALLINT,
    exp_year    SMALLINT,
    card_code   VARCHAR(4),
    brand       VARCHAR(16),
    is_default  BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE deposits (
    id            SERIAL PRIMARY KEY,
    booking_id    INTEGER NOT NULL,
    amount        NUMERIC(10, 2) NOT NULL,
    processor_ref VARCHAR(40),
    note          TEXT
);
