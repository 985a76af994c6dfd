import { DateTime } from 'luxon'
import encryption from '@adonisjs/core/services/encryption'
import { BaseModel, column, belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Client from '#models/client'

export default class PaymentCard extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare clientId: number

  @column()
  declare brand: string

  @column()
  declare lastFour: string

  @column({
    columnName: 'card_number_encrypted',
    serializeAs: null,
    prepare: (value: string) => encryption.encrypt(value),
    consume: (value: string) => encryption.decrypt<string>(value),
  })
  declare cardNumber: string

  @column({ serializeAs: null })
  declare cardCode: string | null

  @column()
  declare squareCardId: string

  @column()
  declare expMonth: number

  @column()
  declare expYear: number

  @belongsTo(() => Client)
  declare client: BelongsTo<typeof Client>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  get masked() {
    return `•••• •••• •••• ${this.lastFour}`
  }
}
