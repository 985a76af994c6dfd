CREATE TABLE cottage_stays (
    id             BIGSERIAL PRIMARY KEY,
    visitor_id     BIGINT NOT NULL,
    cottage        TEXT NOT NULL,
    arrive_on      DATE NOT NULL,
    nights         SMALLINT NOT NULL,
    vault_token    TEXT,
    card_last4     CHAR(4),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
