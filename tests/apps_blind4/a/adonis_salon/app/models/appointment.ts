import { DateTime } from 'luxon'
import { BaseModel, column, belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Client from '#models/client'

export default class Appointment extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare clientId: number

  @column()
  declare stylistId: number

  @column()
  declare serviceName: string

  @column.dateTime()
  declare startsAt: DateTime

  @column()
  declare durationMinutes: number

  @column()
  declare status: 'booked' | 'completed' | 'cancelled' | 'no_show'

  @column()
  declare bookingReference: string

  @belongsTo(() => Client)
  declare client: BelongsTo<typeof Client>
}
