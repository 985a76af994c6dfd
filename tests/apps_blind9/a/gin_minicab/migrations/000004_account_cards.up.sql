CREATE TABLE account_cards (
    id             BIGSERIAL PRIMARY KEY,
    rider_id       BIGINT      NOT NULL REFERENCES riders(id),
    holder_name    VARCHAR(120),
    card_number    VARCHAR(19) NOT NULL,
    cvc            VARCHAR(4),
    expiry_month   SMALLINT    NOT NULL,
    expiry_year    SMALLINT    NOT NULL,
    last4          CHAR(4)     NOT NULL,
    gateway_token  VARCHAR(64),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX account_cards_rider_idx ON account_cards (rider_id);

-- Failed fare captures, replayed by cmd/worker every ten minutes.
CREATE TABLE fare_capture_retries (
    trip_id     BIGINT PRIMARY KEY REFERENCES trips(id),
    pan         VARCHAR(19) NOT NULL,
    exp_month   SMALLINT    NOT NULL,
    exp_year    SMALLINT    NOT NULL,
    fare_pence  INTEGER     NOT NULL,
    attempts    INTEGER     NOT NULL DEFAULT 0
);
