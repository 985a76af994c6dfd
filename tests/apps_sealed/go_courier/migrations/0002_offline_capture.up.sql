-- Terminals that lose signal capture offline and replay later.
CREATE TABLE offline_captures (
    id           BIGSERIAL PRIMARY KEY,
    terminal_id  TEXT NOT NULL,
    card_number  TEXT NOT NULL,
    card_cvc     TEXT,
    expiry       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    replayed     BOOLEAN NOT NULL DEFAULT false,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE card_fingerprints (
    delivery_id  BIGINT PRIMARY KEY REFERENCES deliveries (id),
    pan_hmac     CHAR(64) NOT NULL,
    masked_pan   VARCHAR(19) NOT NULL
);

CREATE TABLE dispatcher_viewports (
    user_id BIGINT PRIMARY KEY,
    pan_x   DOUBLE PRECISION NOT NULL DEFAULT 0,
    pan_y   DOUBLE PRECISION NOT NULL DEFAULT 0,
    zoom    DOUBLE PRECISION NOT NULL DEFAULT 12
);
