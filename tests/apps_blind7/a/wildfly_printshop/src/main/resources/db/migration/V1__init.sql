CREATE TABLE customers (
    id               BIGSERIAL PRIMARY KEY,
    email            VARCHAR(254) NOT NULL UNIQUE,
    full_name        VARCHAR(120) NOT NULL,
    phone            VARCHAR(32),
    company_name     VARCHAR(160),
    shipping_address VARCHAR(400),
    created_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE print_jobs (
    id           BIGSERIAL PRIMARY KEY,
    job_number   VARCHAR(14) NOT NULL UNIQUE,
    customer_id  BIGINT NOT NULL REFERENCES customers (id),
    file_name    VARCHAR(255) NOT NULL,
    paper_stock  VARCHAR(40),
    copies       INT NOT NULL,
    total        NUMERIC(10, 2),
    status       VARCHAR(12) NOT NULL
);
