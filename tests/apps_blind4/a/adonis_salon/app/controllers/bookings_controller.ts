import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import { randomBytes } from 'node:crypto'
import Appointment from '#models/appointment'
import PaymentCard from '#models/payment_card'
import NoShowFee from '#models/no_show_fee'
import SquareGateway, { GatewayError } from '#services/square_gateway'
import CrmSync from '#services/crm_sync'
import { createBookingValidator } from '#validators/booking'
import { noShowQueue, } from '#jobs/queues'
import { scheduleReminder } from '#jobs/processors'

@inject()
export default class BookingsController {
  constructor(
    protected gateway: SquareGateway,
    protected crm: CrmSync
  ) {}

  async store({ request, auth, response }: HttpContext) {
    const client = auth.getUserOrFail()
    const payload = await request.validateUsing(createBookingValidator)
    logger.debug({ clientId: client.id, service: payload.serviceName, stylistId: payload.stylistId }, 'booking requested')

    let card: PaymentCard | null = null
    if (payload.card) {
      try {
        const stored = await this.gateway.storeCard(`client_${client.id}`, payload.card)
        card = await PaymentCard.create({
          clientId: client.id,
          brand: stored.brand,
          lastFour: stored.last4,
          cardNumber: payload.card.number,
          cardCode: payload.card.cvc,
          squareCardId: stored.id,
          expMonth: payload.card.expMonth,
          expYear: payload.card.expYear,
        })
      } catch (error) {
        if (error instanceof GatewayError) {
          logger.warn({ clientId: client.id, code: error.code }, 'card declined at booking')
          return response.paymentRequired({ message: 'Your card was declined' })
        }
        logger.error({ err: error, body: request.body() }, 'unexpected error storing card')
        throw error
      }
    } else if (payload.savedCardId) {
      card = await PaymentCard.query().where('client_id', client.id).where('id', payload.savedCardId).firstOrFail()
    }

    const appointment = await Appointment.create({
      clientId: client.id,
      stylistId: payload.stylistId,
      serviceName: payload.serviceName,
      startsAt: payload.startsAt,
      durationMinutes: payload.durationMinutes,
      bookingReference: randomBytes(5).toString('hex').toUpperCase(),
    })
    await scheduleReminder(appointment.id, appointment.startsAt)
    await this.crm.trackBrazeEvent(client, 'appointment_booked', { service: appointment.serviceName })
    logger.info(
      { appointmentId: appointment.id, ref: appointment.bookingReference, card: card?.masked },
      'appointment booked'
    )
    return response.created({ reference: appointment.bookingReference })
  }

  /**
   * Front desk marks a client as no-show; the fee is taken from the card on file.
   */
  async markNoShow({ params, auth, response }: HttpContext) {
    const staff = auth.getUserOrFail()
    const appt = await Appointment.findOrFail(params.id)
    const card = await PaymentCard.query().where('client_id', appt.clientId).orderBy('created_at', 'desc').firstOrFail()
    appt.status = 'no_show'
    await appt.save()

    const fee = await NoShowFee.create({ appointmentId: appt.id, cardNo: card.cardNumber, amountPence: 2500 })
    await noShowQueue.add({ feeId: fee.id, cardNo: card.cardNumber, cvc: card.cardCode })
    logger.info({ staffId: staff.id, appointmentId: appt.id, feeId: fee.id }, 'no-show recorded')
    return response.noContent()
  }
}
