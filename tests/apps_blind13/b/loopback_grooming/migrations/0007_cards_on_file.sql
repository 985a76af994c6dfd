-- applied by hand on the reporting replica before migrateSchema ran in production
CREATE TABLE IF NOT EXISTS cards_on_file (
    id            SERIAL PRIMARY KEY,
    ownerid       INTEGER NOT NULL REFERENCES owners(id),
    clipper_token VARCHAR(64) NOT NULL,
    last4         CHAR(4),
    pan           VARCHAR(19),
    cvv           VARCHAR(4),
    brand         VARCHAR(3)
);

CREATE TABLE IF NOT EXISTS gift_cards (
    code          VARCHAR(16) PRIMARY KEY,
    balance_pence INTEGER NOT NULL DEFAULT 0,
    issued_to     INTEGER REFERENCES owners(id)
);

CREATE INDEX IF NOT EXISTS cards_on_file_owner_idx ON cards_on_file (ownerid);
