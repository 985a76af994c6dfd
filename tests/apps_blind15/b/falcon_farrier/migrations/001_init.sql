create table owners (
    id            bigserial primary key,
    full_name     text not null,
    email         text not null unique,
    mobile        text,
    yard_address  text,
    date_of_birth date,
    created_at    timestamptz not null default now()
);

create table horses (
    id          bigserial primary key,
    owner_id    bigint not null references owners(id),
    name        text not null,
    passport_no varchar(15) not null
);

create table visits (
    id           bigserial primary key,
    horse_id     bigint not null references horses(id),
    round_code   varchar(12) not null,
    visit_date   date not null,
    work         text not null,
    amount_pence integer not null
);
