CREATE TABLE tour_booking (
    id            BIGSERIAL PRIMARY KEY,
    guest_id      BIGINT NOT NULL REFERENCES guest (id),
    tour_code     VARCHAR(24) NOT NULL,
    tour_date     DATE NOT NULL,
    party_size    INT NOT NULL,
    card_number   VARCHAR(19),
    card_cvv      VARCHAR(4),
    status        VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE saved_card (
    id            BIGSERIAL PRIMARY KEY,
    guest_id      BIGINT NOT NULL REFERENCES guest (id),
    vault_token   VARCHAR(64) NOT NULL,
    last_four     CHAR(4) NOT NULL,
    brand         VARCHAR(16) NOT NULL
);

CREATE TABLE wine_club_card (
    id            BIGSERIAL PRIMARY KEY,
    guest_id      BIGINT NOT NULL REFERENCES guest (id),
    member_card_number VARCHAR(12) NOT NULL
);
