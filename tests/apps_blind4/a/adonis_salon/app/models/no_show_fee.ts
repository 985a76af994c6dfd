import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class NoShowFee extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare appointmentId: number

  @column()
  declare cardNo: string

  @column()
  declare amountPence: number

  @column()
  declare status: 'pending' | 'charged' | 'waived'

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
