-- 0001: owners and their pets
CREATE TABLE owners (
    id          SERIAL PRIMARY KEY,
    full_name   VARCHAR(120) NOT NULL,
    email       VARCHAR(254) NOT NULL UNIQUE,
    phone       VARCHAR(32),
    street      VARCHAR(200),
    postcode    VARCHAR(12),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE pets (
    id          SERIAL PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES owners (id),
    name        VARCHAR(80) NOT NULL,
    species     VARCHAR(40),
    microchip   VARCHAR(15),
    born_on     DATE
);
