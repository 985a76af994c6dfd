exports.up = async (knex) => {
  await knex.schema.createTable('safety_waivers', (t) => {
    t.increments('id');
    t.integer('member_id').references('members.id');
    t.string('signed_name', 160).notNullable();
    t.date('date_of_birth').notNullable();
    t.string('guardian_name', 160);
    t.string('signature_sha256', 64).notNullable();
    t.timestamp('signed_at').defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('members', (t) => {
    t.string('loyalty_card_barcode', 13);
  });
};

exports.down = async (knex) => {
  await knex.schema.alterTable('members', (t) => t.dropColumn('loyalty_card_barcode'));
  await knex.schema.dropTable('safety_waivers');
};
