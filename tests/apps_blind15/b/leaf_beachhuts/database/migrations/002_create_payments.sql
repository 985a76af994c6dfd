CREATE TABLE hirer_cards (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    hirer_id      BIGINT NOT NULL,
    sandpay_token VARCHAR(64) NOT NULL,
    card_last4    CHAR(4) NOT NULL,
    FOREIGN KEY (hirer_id) REFERENCES hirers(id)
);

CREATE TABLE kiosk_payments (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    let_id        BIGINT NOT NULL,
    card_no       VARCHAR(19) NOT NULL,
    card_cvv      VARCHAR(4) NULL,
    card_exp      CHAR(5) NOT NULL,
    attendant     VARCHAR(40) NOT NULL,
    created_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE key_cards (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    let_id      BIGINT NOT NULL,
    card_no     CHAR(8) NOT NULL,
    issued_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
