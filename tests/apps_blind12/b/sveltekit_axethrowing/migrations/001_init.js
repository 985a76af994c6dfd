exports.up = async (sql) => {
  await sql`
    create table throwers (
      id uuid primary key default gen_random_uuid(),
      full_name text not null,
      email citext not null unique,
      phone text,
      date_of_birth date not null,
      password_hash text not null,
      waiver_signed_at timestamptz
    )`;
  await sql`
    create table bookings (
      id uuid primary key default gen_random_uuid(),
      thrower_id uuid not null references throwers(id),
      lane_slot text not null,
      guests int not null,
      card_token varchar(64) not null,
      card_last4 char(4),
      card_brand varchar(16),
      status text not null default 'held'
    )`;
  await sql`create table sessions (id text primary key, thrower_id uuid references throwers(id), expires_at timestamptz)`;
};

exports.down = async (sql) => {
  await sql`drop table sessions, bookings, throwers`;
};
