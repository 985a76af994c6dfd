CREATE TABLE customers (
  id           bigserial PRIMARY KEY,
  name         text NOT NULL,
  email        text NOT NULL,
  phone        text,
  address      text,
  kommo_id     bigint,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sharpening_jobs (
  id           bigserial PRIMARY KEY,
  customer_id  bigint NOT NULL REFERENCES customers(id),
  blade_count  int NOT NULL,
  service      varchar(20) NOT NULL,
  price_pence  int NOT NULL,
  visit_on     date NOT NULL
);
