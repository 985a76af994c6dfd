CREATE TABLE customers (
    id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(190) NOT NULL UNIQUE,
    phone         VARCHAR(30)  NOT NULL,
    address_line  VARCHAR(200) NOT NULL,
    postcode      VARCHAR(10)  NOT NULL,
    is_landlord   TINYINT(1)   NOT NULL DEFAULT 0,
    created_at    DATETIME     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE visits (
    id                 INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    customer_id        INT UNSIGNED NOT NULL,
    scheduled_for      DATETIME     NOT NULL,
    appliance          VARCHAR(40)  NOT NULL,
    status             VARCHAR(20)  NOT NULL DEFAULT 'booked',
    price_pence        INT UNSIGNED NOT NULL,
    payment_token      VARCHAR(64)  NULL,
    card_last4         CHAR(4)      NULL,
    certificate_no     VARCHAR(20)  NULL,
    CONSTRAINT visits_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
