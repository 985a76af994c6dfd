CREATE TABLE drivers (
    id              BIGSERIAL PRIMARY KEY,
    employee_no     VARCHAR(20) NOT NULL UNIQUE,
    full_name       VARCHAR(160) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    mobile          VARCHAR(32),
    licence_number  VARCHAR(32) NOT NULL,
    licence_expiry  DATE,
    home_depot_id   BIGINT,
    active          BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE vehicles (
    id              BIGSERIAL PRIMARY KEY,
    vin             CHAR(17) NOT NULL UNIQUE,
    plate           VARCHAR(12) NOT NULL,
    make            VARCHAR(40),
    model           VARCHAR(40),
    dashcam_pan_deg SMALLINT DEFAULT 0,
    sim_iccid       VARCHAR(22),
    assigned_driver BIGINT REFERENCES drivers(id)
);

CREATE INDEX idx_vehicles_plate ON vehicles(plate);
