CREATE TABLE renters (
    id              BIGSERIAL PRIMARY KEY,
    full_name       VARCHAR(120) NOT NULL,
    email           VARCHAR(254) NOT NULL UNIQUE,
    phone           VARCHAR(32),
    licence_number  VARCHAR(32),
    date_of_birth   DATE,
    card_pan_enc    VARCHAR(512),
    card_last4      CHAR(4),
    card_expiry     CHAR(5)
);
