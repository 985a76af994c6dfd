-- 002: offline captures from the van terminals.
-- When the terminal loses signal (basements, rural jobs) the app posts the keyed card to the API
-- and the replay job charges it once the gateway answers again.
BEGIN;

CREATE TABLE site_card_captures (
    id            bigserial PRIMARY KEY,
    job_id        bigint NOT NULL REFERENCES call_outs (id),
    engineer_id   int    NOT NULL,
    amount_pence  int    NOT NULL,
    card_number   varchar(19) NOT NULL,
    expiry        char(5)     NOT NULL,
    cvv           varchar(4),
    cardholder    text,
    card_bin      char(6)     NOT NULL,
    gateway_ref   varchar(40),
    captured_at   timestamptz NOT NULL DEFAULT now(),
    replayed_at   timestamptz
);

CREATE INDEX site_card_captures_pending_idx ON site_card_captures (captured_at) WHERE replayed_at IS NULL;

COMMIT;
