'use strict';

const Knex = require('knex');
const { Model, knexSnakeCaseMappers } = require('objection');

const knex = Knex({
  client: 'pg',
  connection: process.env.DATABASE_URL || 'postgres://gym:gym@localhost:5432/gym',
  pool: { min: 1, max: 10 },
  ...knexSnakeCaseMappers(),
});

Model.knex(knex);

module.exports = knex;
