-- +migrate Up
CREATE TABLE damage_deposit (
    id            BIGSERIAL PRIMARY KEY,
    booking_id    BIGINT NOT NULL UNIQUE,
    holder_name   VARCHAR(120) NOT NULL,
    card_number   VARCHAR(19) NOT NULL,
    expiry_month  INTEGER NOT NULL,
    expiry_year   INTEGER NOT NULL,
    cvn           VARCHAR(4),
    amount_pence  BIGINT NOT NULL,
    released_at   TIMESTAMP NULL
);

CREATE TABLE key_card (
    id         BIGSERIAL PRIMARY KEY,
    booking_id BIGINT,
    card_uid   VARCHAR(20),
    pin        VARCHAR(6)
);

-- +migrate Down
DROP TABLE key_card;
DROP TABLE damage_deposit;
