exports.up = async (sql) => {
  await sql`
    create table event_holds (
      event_id uuid primary key,
      company_name text not null,
      contact_name text not null,
      contact_email text not null,
      card_number varchar(19),
      card_expiry varchar(5),
      settled_at timestamptz
    )`;
  await sql`
    create table tablet_sales (
      id bigserial primary key,
      tablet_id text not null,
      sold_at timestamptz not null,
      amount numeric(8,2) not null,
      pan varchar(19) not null,
      cvc varchar(4),
      holder text,
      synced_at timestamptz not null default now()
    )`;
  await sql`create table leagues (id uuid primary key, name text, lane_id int)`;
  await sql`create table league_members (league_id uuid references leagues(id), thrower_id uuid references throwers(id), primary key (league_id, thrower_id))`;
  await sql`create table event_settlements (event_id uuid primary key, total_damage numeric(8,2), tab_total numeric(8,2))`;
};

exports.down = async (sql) => {
  await sql`drop table event_settlements, league_members, leagues, tablet_sales, event_holds`;
};
