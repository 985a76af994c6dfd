CREATE TABLE homeowners (
    id          BIGSERIAL PRIMARY KEY,
    full_name   TEXT NOT NULL,
    email       TEXT NOT NULL UNIQUE,
    phone       TEXT,
    address     TEXT NOT NULL,
    copper_id   BIGINT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE quotes (
    id            BIGSERIAL PRIMARY KEY,
    homeowner_id  BIGINT NOT NULL REFERENCES homeowners(id),
    roof_type     TEXT NOT NULL,
    amount_pence  INTEGER NOT NULL,
    status        TEXT NOT NULL DEFAULT 'draft'
);
