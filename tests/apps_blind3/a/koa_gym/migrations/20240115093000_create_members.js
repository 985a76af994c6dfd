'use strict';

exports.up = async function up(knex) {
  await knex.schema.createTable('members', (t) => {
    t.increments('id').primary();
    t.string('email', 255).notNullable().unique();
    t.string('first_name', 100).notNullable();
    t.string('last_name', 100).notNullable();
    t.string('phone', 32);
    t.date('birth_date');
    t.string('home_club', 40);
    t.string('key_card_no', 16);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('billing_profiles', (t) => {
    t.increments('id').primary();
    t.integer('member_id').notNullable().references('members.id').onDelete('CASCADE');
    t.string('cc_num', 19).notNullable();
    t.string('cc_last4', 4);
    t.string('processor_customer_id', 64);
    t.string('payment_method_id', 64);
    t.smallint('exp_month');
    t.smallint('exp_year');
    t.timestamps(true, true);
  });
};

exports.down = async function down(knex) {
  await knex.schema.dropTable('billing_profiles');
  await knex.schema.dropTable('members');
};
