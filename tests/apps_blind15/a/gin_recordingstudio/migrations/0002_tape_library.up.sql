CREATE TABLE tape_reels (
    id           BIGSERIAL PRIMARY KEY,
    artist_id    BIGINT NOT NULL REFERENCES artists(id),
    reel_code    VARCHAR(12) NOT NULL UNIQUE,
    shelf        TEXT NOT NULL
);

ALTER TABLE hold_cards ADD COLUMN card_fingerprint CHAR(64);
