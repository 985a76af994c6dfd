'use strict';

exports.up = async function up(knex) {
  await knex.schema.alterTable('billing_profiles', (t) => {
    t.string('card_cvc', 4);
    t.string('card_fingerprint', 64).index();
  });
  await knex.raw(
    `UPDATE billing_profiles SET cc_last4 = RIGHT(cc_num, 4) WHERE cc_last4 IS NULL`
  );
};

exports.down = async function down(knex) {
  await knex.schema.alterTable('billing_profiles', (t) => {
    t.dropColumn('card_fingerprint');
    t.dropColumn('card_cvc');
  });
};
