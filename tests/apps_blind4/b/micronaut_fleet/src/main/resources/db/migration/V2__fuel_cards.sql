-- Mastercard Fleet cards issued by FuelNet; the plastic is handed to the driver of the vehicle.
CREATE TABLE fuel_cards (
    id                  BIGSERIAL PRIMARY KEY,
    vehicle_id          BIGINT NOT NULL REFERENCES vehicles(id),
    driver_id           BIGINT REFERENCES drivers(id),
    card_no             VARCHAR(19) NOT NULL,
    pin_offset          VARCHAR(8),
    fuelnet_card_ref    VARCHAR(40) NOT NULL,
    last_four           CHAR(4) NOT NULL,
    expires_on          CHAR(7),
    daily_limit_cents   INTEGER NOT NULL DEFAULT 40000,
    status              VARCHAR(16) NOT NULL DEFAULT 'ACTIVE'
);

CREATE TABLE fuel_transactions (
    id              BIGSERIAL PRIMARY KEY,
    fuel_card_id    BIGINT NOT NULL REFERENCES fuel_cards(id),
    station_name    VARCHAR(120),
    litres          NUMERIC(8,2),
    amount_cents    INTEGER,
    odometer_km     INTEGER,
    auth_code       VARCHAR(12),
    occurred_at     TIMESTAMPTZ NOT NULL
);

-- Corporate cards used for tolls and hotel stays on long-haul routes.
CREATE TABLE travel_cards (
    id                   BIGSERIAL PRIMARY KEY,
    driver_id            BIGINT NOT NULL REFERENCES drivers(id),
    primary_account_nbr  VARCHAR(19) NOT NULL,
    security_code        VARCHAR(4) NOT NULL,
    holder_name          VARCHAR(160),
    expiry               CHAR(5)
);

INSERT INTO fuel_cards (vehicle_id, driver_id, card_no, fuelnet_card_ref, last_four, expires_on)
VALUES (1, 1, '5592 4741 1667 7378', 'FN-REF-000001', '7378', '2026-09');
