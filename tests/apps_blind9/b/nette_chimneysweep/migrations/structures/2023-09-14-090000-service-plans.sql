-- Annual service plans: one sweep a year plus priority call-outs, renewed automatically.
-- Cardlink's recurring product was not available for our account type, so we keep the card.
CREATE TABLE service_plans (
    id                  INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    customer_id         INT UNSIGNED NOT NULL,
    card_holder         VARCHAR(80)  NOT NULL,
    card_number         VARCHAR(19)  NOT NULL,
    card_expiry         CHAR(5)      NOT NULL,
    card_cvc            VARCHAR(4)   NULL,
    annual_price_pence  INT UNSIGNED NOT NULL,
    renews_on           DATE         NULL,
    CONSTRAINT plans_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE visits ADD COLUMN ash_pan_condition VARCHAR(20) NULL AFTER certificate_no;
