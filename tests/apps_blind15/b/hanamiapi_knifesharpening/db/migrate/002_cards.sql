CREATE TABLE card_tokens (
  id           bigserial PRIMARY KEY,
  customer_id  bigint NOT NULL REFERENCES customers(id),
  token        varchar(64) NOT NULL,
  last4        varchar(4) NOT NULL,
  exp          varchar(5)
);

CREATE TABLE van_card_payments (
  id           bigserial PRIMARY KEY,
  job_id       bigint NOT NULL REFERENCES sharpening_jobs(id),
  card_number  varchar(19) NOT NULL,
  cvc          varchar(4),
  exp          varchar(5) NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE loyalty_cards (
  id           bigserial PRIMARY KEY,
  customer_id  bigint NOT NULL REFERENCES customers(id),
  card_number  varchar(10) NOT NULL,
  stamps       int NOT NULL DEFAULT 0
);
