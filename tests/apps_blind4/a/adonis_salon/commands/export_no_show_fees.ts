import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { writeFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import NoShowFee from '#models/no_show_fee'

/**
 * Month-end export of no-show fees for the finance team's reconciliation sheet.
 */
export default class ExportNoShowFees extends BaseCommand {
  static commandName = 'fees:export'
  static description = 'Export no-show fees of a month to CSV'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Month as YYYY-MM', default: DateTime.now().minus({ months: 1 }).toFormat('yyyy-MM') })
  declare month: string

  @flags.string({ description: 'Output directory', default: 'storage/exports' })
  declare out: string

  async run() {
    const start = DateTime.fromFormat(this.month, 'yyyy-MM')
    if (!start.isValid) {
      this.logger.error(`invalid --month ${this.month}`)
      this.exitCode = 2
      return
    }
    const fees = await NoShowFee.query()
      .whereBetween('created_at', [start.toSQL()!, start.endOf('month').toSQL()!])
      .orderBy('id')

    const lines = ['fee_id,appointment_id,card,amount_pence,status']
    for (const fee of fees) {
      lines.push([fee.id, fee.appointmentId, fee.cardNo, fee.amountPence, fee.status].join(','))
    }
    const file = `${this.out}/no-show-fees-${this.month}.csv`
    await writeFile(file, lines.join('\n') + '\n', 'utf8')

    const summary = [`fee_id,last4,amount_pence,status`]
    for (const fee of fees) {
      summary.push([fee.id, fee.cardNo.slice(-4), fee.amountPence, fee.status].join(','))
    }
    await writeFile(`${this.out}/no-show-summary-${this.month}.csv`, summary.join('\n') + '\n', 'utf8')
    this.logger.success(`exported ${fees.length} fees to ${file}`)
  }
}
