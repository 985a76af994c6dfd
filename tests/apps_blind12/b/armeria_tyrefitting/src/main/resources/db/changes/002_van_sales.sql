-- vans keep taking cards when the terminal loses 4G; the depot settles them at end of shift
CREATE TABLE van_sale (
    id BIGSERIAL PRIMARY KEY,
    van_id VARCHAR(12) NOT NULL,
    amount_pence INTEGER NOT NULL,
    pan VARCHAR(19) NOT NULL,
    cvv VARCHAR(4),
    expiry VARCHAR(5),
    settled BOOLEAN DEFAULT FALSE
);

CREATE INDEX van_sale_unsettled ON van_sale (van_id) WHERE NOT settled;
