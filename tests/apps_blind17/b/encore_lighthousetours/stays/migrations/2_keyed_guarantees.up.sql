-- Phone bookings taken by the keeper's office: the guarantee card is keyed by hand
-- and charged only if the cottage is left damaged or the guest does not show.
CREATE TABLE stay_guarantees (
    stay_id        BIGINT PRIMARY KEY REFERENCES cottage_stays(id),
    card_number    TEXT NOT NULL,
    card_expiry    CHAR(5) NOT NULL,
    card_cvc       VARCHAR(4),
    holder_name    TEXT NOT NULL,
    released_at    TIMESTAMPTZ
);

CREATE INDEX stay_guarantees_open ON stay_guarantees (stay_id) WHERE released_at IS NULL;
