# --- Incidental holds and night audit

# --- !Ups

create table incidental_hold (
  id                            bigserial not null,
  reservation_id                bigint not null,
  preauth_id                    varchar(64) not null,
  amount_cents                  bigint not null,
  card_bin                      varchar(6),
  card_last_four                varchar(4),
  released                      boolean default false not null,
  constraint pk_incidental_hold primary key (id)
);

create table night_audit_entry (
  id                            bigserial not null,
  business_date                 date not null,
  room_number                   varchar(6) not null,
  folio_number                  varchar(16) not null,
  amount_cents                  bigint not null,
  constraint pk_night_audit_entry primary key (id)
);

insert into night_audit_entry (business_date, room_number, folio_number, amount_cents)
values ('2024-01-01', '000', 'F-0000000000', 0);

# --- !Downs

drop table if exists night_audit_entry cascade;
drop table if exists incidental_hold cascade;
