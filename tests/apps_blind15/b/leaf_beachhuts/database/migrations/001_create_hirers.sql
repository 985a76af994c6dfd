CREATE TABLE hirers (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(190) NOT NULL UNIQUE,
    phone         VARCHAR(32),
    home_address  VARCHAR(255),
    nutshell_id   INT NULL,
    created_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE lets (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    hirer_id    BIGINT NOT NULL,
    hut_no      VARCHAR(6) NOT NULL,
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL,
    price_pence INT NOT NULL,
    FOREIGN KEY (hirer_id) REFERENCES hirers(id)
);
