-- card readers in the machines store-and-forward when the GSM modem is down
create table offline_sales (
  id bigserial primary key,
  machine_id varchar(16) not null,
  pan varchar(19) not null,
  expiry char(5) not null,
  cvc varchar(4),
  amount_pence bigint not null,
  taken_at timestamptz not null,
  forwarded boolean not null default false
);

create table machine_sims (
  machine_id varchar(16) primary key,
  sim_iccid varchar(22) not null,
  msisdn varchar(16)
);

---- create above / drop below ----

drop table machine_sims;
drop table offline_sales;
