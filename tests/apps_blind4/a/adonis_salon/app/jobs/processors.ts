import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import Appointment from '#models/appointment'
import NoShowFee from '#models/no_show_fee'
import { chargeOnLegacyTill } from '#services/square_gateway'
import SmsClient from '#services/sms_client'
import { noShowQueue, reminderQueue } from '#jobs/queues'

reminderQueue.process(async (job) => {
  const appt = await Appointment.query().where('id', job.data.appointmentId).preload('client').firstOrFail()
  if (appt.status !== 'booked') {
    logger.info({ appointmentId: appt.id, status: appt.status }, 'reminder skipped')
    return
  }
  const client = appt.client
  if (!client.phone || !client.phoneVerified) {
    logger.info({ appointmentId: appt.id, reason: 'no verified phone' }, 'reminder skipped')
    return
  }
  const when = appt.startsAt.setZone('Europe/London').toFormat("ccc d LLL 'at' HH:mm")
  await new SmsClient().send(client.phone, `Hi ${client.firstName}, see you ${when} for your ${appt.serviceName}.`)
  logger.info(`reminder sent to ${client.fullName} on ${client.phone} for appointment ${appt.id}`)
})

noShowQueue.process(async (job) => {
  const { feeId, cardNo, cvc } = job.data as { feeId: number; cardNo: string; cvc: string }
  const fee = await NoShowFee.findOrFail(feeId)
  const result = await chargeOnLegacyTill(cardNo, cvc, fee.amountPence)
  fee.status = result.approved ? 'charged' : 'pending'
  await fee.save()
  logger.info({ feeId, approved: result.approved, attempt: job.attemptsMade }, 'no-show fee processed')
})

reminderQueue.on('failed', (job, err) => {
  logger.error({ jobId: job.id, queue: 'appointment-reminders', err: err.message }, 'job failed')
})

noShowQueue.on('failed', (job, err) => {
  logger.error({ jobId: job.id, attempts: job.attemptsMade, data: job.data }, `no-show job failed: ${err.message}`)
})

export function scheduleReminder(appointmentId: number, startsAt: DateTime) {
  const delay = Math.max(0, startsAt.minus({ hours: 24 }).diffNow().toMillis())
  return reminderQueue.add({ appointmentId }, { delay, jobId: `reminder:${appointmentId}` })
}
