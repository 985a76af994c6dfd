import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'clients'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('first_name').notNullable()
      table.string('last_name').notNullable()
      table.string('email', 254).notNullable().unique()
      table.string('phone', 32).nullable()
      table.boolean('phone_verified').defaultTo(false)
      table.date('birthday').nullable()
      table.boolean('marketing_opt_in').defaultTo(false)
      table.string('password').notNullable()
      table.timestamp('created_at')
      table.timestamp('updated_at')
    })

    this.schema.createTable('appointments', (table) => {
      table.increments('id')
      table.integer('client_id').unsigned().references('clients.id').onDelete('CASCADE')
      table.integer('stylist_id').unsigned().notNullable()
      table.string('service_name', 80).notNullable()
      table.timestamp('starts_at').notNullable()
      table.integer('duration_minutes').notNullable()
      table.string('status', 16).defaultTo('booked')
      table.string('booking_reference', 12).notNullable().unique()
      table.timestamp('created_at')
      table.timestamp('updated_at')
    })
  }

  async down() {
    this.schema.dropTable('appointments')
    this.schema.dropTable(this.tableName)
  }
}
