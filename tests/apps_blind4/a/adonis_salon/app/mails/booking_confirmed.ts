import { BaseMail } from '@adonisjs/mail'
import logger from '@adonisjs/core/services/logger'
import services from '#config/services'
import type Appointment from '#models/appointment'
import type Client from '#models/client'

export default class BookingConfirmedNotification extends BaseMail {
  from = services.mail.fromAddress
  subject = 'Your Glow appointment is confirmed'

  constructor(
    private client: Client,
    private appointment: Appointment
  ) {
    super()
  }

  prepare() {
    this.message
      .to(this.client.email, this.client.fullName)
      .htmlView('emails/booking_confirmed', {
        firstName: this.client.firstName,
        reference: this.appointment.bookingReference,
        startsAt: this.appointment.startsAt.toFormat('fff'),
      })
      .tag(services.mail.bookingConfirmedTemplate)
    logger.debug(
      { appointmentId: this.appointment.id, template: services.mail.bookingConfirmedTemplate },
      'booking confirmation prepared'
    )
  }
}
