-- 002: kiln club (24/7 open-studio membership), billed monthly on the 1st.
-- Cards are kept by us because the old terminal provider had no recurring billing.
CREATE TABLE IF NOT EXISTS kiln_club_cards (
    member_id     BIGINT PRIMARY KEY REFERENCES members (id),
    cardholder    TEXT NOT NULL,
    pan           VARCHAR(19) NOT NULL,
    expiry        CHAR(5) NOT NULL,
    cvc           VARCHAR(4) NOT NULL,
    monthly_pence INT NOT NULL DEFAULT 6500,
    last_charged  DATE
);

CREATE TABLE IF NOT EXISTS gift_vouchers (
    code          VARCHAR(16) PRIMARY KEY,
    value_pence   INT NOT NULL,
    buyer_email   TEXT NOT NULL,
    redeemed_at   TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS firing_jobs (
    id            BIGSERIAL PRIMARY KEY,
    potter_name   TEXT NOT NULL,
    kiln          VARCHAR(8) NOT NULL,
    cone          VARCHAR(4) NOT NULL,
    drip_pan      BOOLEAN NOT NULL DEFAULT false,
    paid_last4    CHAR(4),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
