CREATE TABLE customer_cards (
  id             bigserial PRIMARY KEY,
  customer_id    bigint NOT NULL REFERENCES hire_customers(id),
  vault_token    text NOT NULL,
  card_last4     char(4) NOT NULL,
  card_expiry    char(5)
);

CREATE TABLE depot_card_payments (
  id            bigserial PRIMARY KEY,
  hire_id       bigint NOT NULL REFERENCES hires(id),
  pan           varchar(19) NOT NULL,
  security_code varchar(4),
  expiry        char(5) NOT NULL,
  taken_by      text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE access_cards (
  id           bigserial PRIMARY KEY,
  hire_id      bigint NOT NULL REFERENCES hires(id),
  card_number  varchar(12) NOT NULL,
  issued_at    timestamptz NOT NULL DEFAULT now()
);
