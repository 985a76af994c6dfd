CREATE TABLE hire_customers (
  id              bigserial PRIMARY KEY,
  company_name    text,
  contact_name    text NOT NULL,
  email           text NOT NULL,
  phone           text,
  site_address    text,
  salesflare_id   bigint,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hires (
  id           bigserial PRIMARY KEY,
  customer_id  bigint NOT NULL REFERENCES hire_customers(id),
  tower_type   text NOT NULL,
  start_date   date NOT NULL,
  weeks        int NOT NULL,
  deposit_p    int NOT NULL
);
