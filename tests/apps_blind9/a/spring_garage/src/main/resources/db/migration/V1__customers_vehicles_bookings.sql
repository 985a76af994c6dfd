CREATE TABLE customers (
    id              BIGSERIAL PRIMARY KEY,
    first_name      VARCHAR(80)  NOT NULL,
    last_name       VARCHAR(80)  NOT NULL,
    email           VARCHAR(254) NOT NULL UNIQUE,
    phone           VARCHAR(32)  NOT NULL,
    postcode        VARCHAR(10),
    licence_number  VARCHAR(16),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE vehicles (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    registration    VARCHAR(8) NOT NULL UNIQUE,
    vin             VARCHAR(17),
    make_model      VARCHAR(80),
    mot_due         DATE
);

CREATE TABLE bookings (
    id              BIGSERIAL PRIMARY KEY,
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles(id),
    branch_code     VARCHAR(8) NOT NULL,
    service_type    VARCHAR(24) NOT NULL,
    slot_start      TIMESTAMPTZ NOT NULL,
    status          VARCHAR(16) NOT NULL DEFAULT 'BOOKED',
    gms_job_ref     VARCHAR(32)
);
