-- Guests run a tab at the barn's fabric shop during the retreat; the card is keyed at
-- check-in and charged on the last morning.
CREATE TABLE fabric_tabs (
    id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    booking_id    INT UNSIGNED NOT NULL,
    card_pan      VARCHAR(19) NOT NULL,
    card_exp      CHAR(5) NOT NULL,
    card_cvv2     CHAR(4) NULL,
    tab_cents     INT NOT NULL DEFAULT 0,
    closed_at     DATETIME NULL
);

CREATE TABLE fat_quarter_bundles (
    id            INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    bundle_sku    VARCHAR(24) NOT NULL,
    loyalty_card_no VARCHAR(16) NULL
);
