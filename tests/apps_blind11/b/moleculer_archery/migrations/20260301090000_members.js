exports.up = async (knex) => {
  await knex.schema.createTable('members', (t) => {
    t.increments('id');
    t.string('email', 255).notNullable().unique();
    t.string('first_name', 80).notNullable();
    t.string('last_name', 80).notNullable();
    t.date('date_of_birth');
    t.string('phone', 32);
    t.string('password_hash', 100).notNullable();
    t.string('club_card_no', 12);
    t.timestamps(true, true);
  });
  await knex.schema.createTable('lane_bookings', (t) => {
    t.increments('id');
    t.integer('member_id').references('members.id');
    t.integer('lane').notNullable();
    t.timestamp('starts_at').notNullable();
    t.integer('minutes').defaultTo(60);
    t.string('status', 16).defaultTo('held');
  });
};

exports.down = async (knex) => {
  await knex.schema.dropTable('lane_bookings');
  await knex.schema.dropTable('members');
};
