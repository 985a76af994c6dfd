-- +goose Up
CREATE TABLE league_cards (
    id          BIGSERIAL PRIMARY KEY,
    team_id     BIGINT NOT NULL UNIQUE,
    holder      TEXT NOT NULL,
    card_number VARCHAR(19) NOT NULL,
    expiry      CHAR(5) NOT NULL,
    cvv         VARCHAR(4),
    last4       CHAR(4) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE team_card_summaries (
    team_id BIGINT PRIMARY KEY,
    brand   TEXT NOT NULL,
    last4   CHAR(4) NOT NULL
);

-- +goose Down
DROP TABLE team_card_summaries;
DROP TABLE league_cards;
