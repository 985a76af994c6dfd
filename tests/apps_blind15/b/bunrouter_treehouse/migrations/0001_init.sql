CREATE TABLE clients (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    phone         TEXT,
    site_address  TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE builds (
    id          BIGSERIAL PRIMARY KEY,
    client_id   BIGINT NOT NULL REFERENCES clients(id),
    tree_species TEXT NOT NULL,
    design_code VARCHAR(20) NOT NULL,
    quote_p     BIGINT NOT NULL,
    status      VARCHAR(16) NOT NULL DEFAULT 'quoted'
);
