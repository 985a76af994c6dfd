create table clients (
  id bigserial primary key,
  company text not null,
  contact_name text not null,
  contact_email text not null,
  contact_phone text,
  site_address text not null,
  plan text not null,
  card_token varchar(64),
  card_last4 char(4),
  created_at timestamptz not null default now()
);

---- create above / drop below ----

drop table clients;
