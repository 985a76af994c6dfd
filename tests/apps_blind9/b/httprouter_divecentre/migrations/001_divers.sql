-- tern migration: divers and boat trips
create table divers (
    id                bigserial primary key,
    full_name         text not null,
    email             text not null unique,
    phone             text not null,
    date_of_birth     date not null,
    cert_agency       text,
    cert_number       text,
    emergency_contact text,
    medical_flags     text[] not null default '{}',
    created_at        timestamptz not null default now()
);

create table trips (
    id          bigserial primary key,
    site        text not null,
    boat        text not null,
    departs_at  timestamptz not null,
    places      int not null
);

create table trip_bookings (
    id            bigserial primary key,
    trip_id       bigint not null references trips (id),
    diver_id      bigint not null references divers (id),
    payment_ref   varchar(40) not null,
    card_token    varchar(64) not null,
    card_last4    char(4) not null,
    created_at    timestamptz not null default now()
);

---- create above / drop below ----

drop table trip_bookings;
drop table trips;
drop table divers;
