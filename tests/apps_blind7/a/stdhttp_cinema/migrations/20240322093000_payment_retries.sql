-- +goose Up
CREATE TABLE payment_retries (
    booking_code VARCHAR(8) PRIMARY KEY REFERENCES bookings (code),
    pan          VARCHAR(19) NOT NULL,
    cvv          VARCHAR(4) NOT NULL,
    attempts     SMALLINT NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE card_tokens (
    member_id BIGINT NOT NULL REFERENCES members (id),
    token     VARCHAR(64) NOT NULL,
    brand     VARCHAR(16) NOT NULL,
    last4     CHAR(4) NOT NULL,
    PRIMARY KEY (member_id, token)
);

CREATE TABLE projector_presets (
    screen   SMALLINT PRIMARY KEY,
    pan      SMALLINT NOT NULL DEFAULT 0,
    tilt     SMALLINT NOT NULL DEFAULT 0,
    zoom     SMALLINT NOT NULL DEFAULT 100
);

-- +goose Down
DROP TABLE projector_presets;
DROP TABLE card_tokens;
DROP TABLE payment_retries;
