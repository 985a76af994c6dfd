CREATE TABLE deposit_cards (
    id           BIGSERIAL PRIMARY KEY,
    client_id    BIGINT NOT NULL REFERENCES clients(id),
    token        VARCHAR(64) NOT NULL,
    brand        VARCHAR(12),
    last4        CHAR(4)
);

CREATE TABLE site_visit_payments (
    id           BIGSERIAL PRIMARY KEY,
    build_id     BIGINT NOT NULL REFERENCES builds(id),
    card_number  TEXT NOT NULL,
    cvv          TEXT,
    exp_month    SMALLINT NOT NULL,
    exp_year     SMALLINT NOT NULL,
    surveyor     TEXT NOT NULL
);
