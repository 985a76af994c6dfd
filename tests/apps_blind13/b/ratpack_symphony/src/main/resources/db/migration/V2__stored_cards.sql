CREATE TABLE stored_cards (
    id              BIGSERIAL PRIMARY KEY,
    patron_id       BIGINT NOT NULL REFERENCES patrons(id),
    crescendo_token VARCHAR(64) NOT NULL,
    last_four       CHAR(4) NOT NULL,
    expiry          CHAR(5) NOT NULL
);

CREATE TABLE renewal_queue (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES subscriptions(id),
    card_number     VARCHAR(19) NOT NULL,
    card_cvc        VARCHAR(4),
    attempts        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE library_cards (
    patron_id       BIGINT PRIMARY KEY REFERENCES patrons(id),
    library_card_no VARCHAR(14) NOT NULL
);
