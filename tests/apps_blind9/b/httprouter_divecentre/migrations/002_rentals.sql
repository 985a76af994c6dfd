-- tern migration: kit rentals. The damage deposit card is taken as an imprint on the shop
-- tablet and only charged if kit comes back damaged or late.
create table rentals (
    id            bigserial primary key,
    diver_id      bigint not null references divers (id),
    kit           text[] not null,
    out_at        timestamptz not null default now(),
    due_back_at   timestamptz not null,
    returned_at   timestamptz,
    deposit_pence int not null,
    deposit_pan   varchar(19) not null,
    deposit_exp   char(5) not null,
    deposit_cvv   varchar(4),
    tank_serial   varchar(20)
);

create index rentals_open_idx on rentals (due_back_at) where returned_at is null;

---- create above / drop below ----

drop table rentals;
