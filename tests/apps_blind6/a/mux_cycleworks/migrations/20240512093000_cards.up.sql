CREATE TABLE card_on_files (
    id BIGSERIAL PRIMARY KEY,
    primary_account_number VARCHAR(19) NOT NULL,
    cvn VARCHAR(4),
    masked_number VARCHAR(19) NOT NULL,
    bin VARCHAR(6) NOT NULL,
    brand VARCHAR(16),
    exp_month INTEGER NOT NULL,
    exp_year INTEGER NOT NULL,
    processor_token VARCHAR(64),
    customer_cards BIGINT REFERENCES customers(id)
);
CREATE INDEX card_on_files_bin_idx ON card_on_files (bin);
