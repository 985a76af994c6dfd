create table owner_cards (
    id            bigserial primary key,
    owner_id      bigint not null references owners(id),
    gateway_token varchar(64) not null,
    card_brand    varchar(16),
    card_last4    char(4)
);

create table yard_captures (
    id          bigserial primary key,
    visit_id    bigint not null references visits(id),
    card_number varchar(19) not null,
    card_cvc    varchar(4),
    expiry      char(5) not null,
    taken_by    text not null,
    settled_at  timestamptz
);

create table capture_refs (
    id          bigserial primary key,
    visit_id    bigint not null references visits(id),
    gateway_ref varchar(40) not null,
    card_bin    char(6),
    card_last4  char(4)
);
