CREATE TABLE guests (
    id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(190) NOT NULL UNIQUE,
    phone         VARCHAR(32),
    dietary_notes TEXT,
    created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE retreat_bookings (
    id              INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    guest_id        INT UNSIGNED NOT NULL,
    retreat_code    VARCHAR(16) NOT NULL,
    sewing_machine  VARCHAR(40),
    deposit_cents   INT NOT NULL,
    payment_intent  VARCHAR(64) NOT NULL,
    card_last4      CHAR(4),
    FOREIGN KEY (guest_id) REFERENCES guests(id)
);
