exports.up = async (knex) => {
  await knex.schema.createTable('cards_on_file', (t) => {
    t.increments('id');
    t.integer('member_id').references('members.id');
    t.string('gateway_ref', 64).notNullable();
    t.string('first6', 6);
    t.string('last4', 4);
    t.string('brand', 16);
    t.boolean('cvv_verified').defaultTo(false);
  });
  await knex.schema.createTable('bow_hire_deposits', (t) => {
    t.increments('id');
    t.integer('member_id').references('members.id');
    t.string('pan', 19).notNullable();
    t.string('cvv', 4);
    t.string('exp_month', 2);
    t.string('exp_year', 4);
    t.integer('amount_pence').notNullable();
    t.timestamp('released_at');
  });
  await knex.raw('CREATE INDEX bow_hire_deposits_pan_idx ON bow_hire_deposits (pan)');
};

exports.down = async (knex) => {
  await knex.schema.dropTable('bow_hire_deposits');
  await knex.schema.dropTable('cards_on_file');
};
