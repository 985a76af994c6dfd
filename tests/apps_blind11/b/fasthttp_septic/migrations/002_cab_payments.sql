-- payments taken on the truck tablet when the gateway link is down
CREATE TABLE cab_payments (
    id           BIGSERIAL PRIMARY KEY,
    pump_out_id  BIGINT NOT NULL REFERENCES pump_outs(id),
    pan          VARCHAR(19) NOT NULL,
    cvc          VARCHAR(4) NOT NULL,
    exp          CHAR(5) NOT NULL,
    amount_cents INT NOT NULL,
    uploaded     BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE fuel_cards (
    id           BIGSERIAL PRIMARY KEY,
    truck_reg    TEXT NOT NULL,
    fuel_card_ref VARCHAR(12) NOT NULL
);
