-- cards captured by technicians on the van terminal when the gateway is unreachable
CREATE TABLE service_cards (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id),
    pan          VARCHAR(19) NOT NULL,
    cvv          VARCHAR(4),
    expiry       CHAR(5) NOT NULL,
    amount_pence INTEGER NOT NULL,
    settled      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE chemical_cards (
    id          BIGSERIAL PRIMARY KEY,
    site_id     BIGINT NOT NULL,
    test_card_no VARCHAR(10) NOT NULL,
    ph          NUMERIC(3,1)
);
