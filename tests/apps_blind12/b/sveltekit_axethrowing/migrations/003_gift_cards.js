exports.up = async (sql) => {
  await sql`
    create table gift_cards (
      code varchar(12) primary key,
      balance numeric(8,2) not null,
      pin_hash text not null,
      purchaser_thrower uuid references throwers(id)
    )`;
  await sql`alter table bookings add column card_fingerprint char(64)`;
};

exports.down = async (sql) => {
  await sql`drop table gift_cards`;
  await sql`alter table bookings drop column card_fingerprint`;
};
