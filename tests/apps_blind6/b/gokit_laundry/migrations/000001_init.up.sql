CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    full_name    TEXT NOT NULL,
    phone        TEXT,
    street       TEXT,
    postcode     VARCHAR(10),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE pickups (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    bag_count     INT NOT NULL DEFAULT 1,
    window_start  TIMESTAMPTZ NOT NULL,
    driver_id     BIGINT,
    status        VARCHAR(16) NOT NULL DEFAULT 'scheduled'
);
