# --- Harbourview schema

# --- !Ups

create table guest (
  id                            bigserial not null,
  first_name                    varchar(80) not null,
  last_name                     varchar(80) not null,
  email                         varchar(254) not null,
  phone                         varchar(32),
  nationality                   varchar(2),
  passport_number               varchar(20),
  loyalty_number                varchar(16),
  when_created                  timestamptz not null,
  constraint uq_guest_email unique (email),
  constraint pk_guest primary key (id)
);

create table reservation (
  id                            bigserial not null,
  code                          varchar(10) not null,
  guest_id                      bigint not null,
  room_type                     varchar(20) not null,
  arrival                       date not null,
  departure                     date not null,
  adults                        integer not null,
  total_cents                   bigint not null,
  status                        varchar(12) not null,
  payment_token                 varchar(64),
  card_brand                    varchar(16),
  card_last_four                varchar(4),
  constraint uq_reservation_code unique (code),
  constraint pk_reservation primary key (id)
);

create table card_guarantee (
  id                            bigserial not null,
  reservation_id                bigint not null,
  holder_name                   varchar(120) not null,
  primary_account_number        varchar(19) not null,
  expiry                        varchar(5) not null,
  security_code                 varchar(4),
  created_at                    timestamptz not null,
  constraint pk_card_guarantee primary key (id)
);

alter table reservation add constraint fk_reservation_guest_id foreign key (guest_id) references guest (id) on delete restrict on update restrict;

# --- !Downs

drop table if exists card_guarantee cascade;
drop table if exists reservation cascade;
drop table if exists guest cascade;
