CREATE TABLE damage_holds (
    id          BIGSERIAL PRIMARY KEY,
    rental_id   BIGINT NOT NULL,
    card_number VARCHAR(19),
    cvc         VARCHAR(4),
    amount      NUMERIC(10, 2),
    auth_code   VARCHAR(12),
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- holds that could not be authorised online; replayed by the night batch
CREATE TABLE offline_holds (
    id        BIGSERIAL PRIMARY KEY,
    rental_id BIGINT NOT NULL,
    card_no   VARCHAR(19) NOT NULL,
    cvv2      CHAR(4),
    amount    NUMERIC(10, 2) NOT NULL
);
