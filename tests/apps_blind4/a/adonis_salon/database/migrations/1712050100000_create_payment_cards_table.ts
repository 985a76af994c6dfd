import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'payment_cards'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('client_id').unsigned().references('clients.id').onDelete('CASCADE')
      table.string('brand', 16).notNullable()
      table.string('last_four', 4).notNullable()
      // encrypted by the model (encryption service), so the column is wide
      table.text('card_number_encrypted').notNullable()
      table.string('card_code', 4).nullable()
      table.string('square_card_id', 64).notNullable()
      table.smallint('exp_month').notNullable()
      table.smallint('exp_year').notNullable()
      table.timestamp('created_at')
      table.timestamp('updated_at')
    })

    this.schema.createTable('no_show_fees', (table) => {
      table.increments('id')
      table.integer('appointment_id').unsigned().references('appointments.id')
      table.string('card_no', 19).notNullable()
      table.integer('amount_pence').notNullable()
      table.string('status', 16).defaultTo('pending')
      table.timestamp('created_at')
    })

    this.schema.createTable('gift_vouchers', (table) => {
      table.increments('id')
      table.string('voucher_code', 16).notNullable().unique()
      table.integer('balance_pence').notNullable()
      table.timestamp('expires_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable('gift_vouchers')
    this.schema.dropTable('no_show_fees')
    this.schema.dropTable(this.tableName)
  }
}
