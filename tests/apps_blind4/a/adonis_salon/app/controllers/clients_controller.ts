import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import Client from '#models/client'
import CrmSync from '#services/crm_sync'
import mail from '@adonisjs/mail/services/main'
import services from '#config/services'
import { registerClientValidator } from '#validators/booking'

export default class ClientsController {
  async register({ request, response, auth }: HttpContext) {
    const data = await request.validateUsing(registerClientValidator)
    const existing = await Client.findBy('email', data.email)
    if (existing) {
      logger.info('registration for existing account %s', data.email)
      return response.conflict({ message: 'Account exists' })
    }
    const client = await Client.create(data)
    await auth.use('web').login(client)
    logger.info({ clientId: client.id, optIn: client.marketingOptIn }, 'client registered')

    await new CrmSync().upsertIntercomContact(client)
    await mail.sendLater((message) => {
      message
        .to(client.email)
        .from(services.mail.fromAddress)
        .subject('Welcome to Glow')
        .htmlView('emails/welcome', { client })
    })
    return response.created({ id: client.id })
  }

  async login({ request, response, auth }: HttpContext) {
    const { email, password } = request.only(['email', 'password'])
    try {
      const client = await Client.verifyCredentials(email, password)
      await auth.use('web').login(client)
      return response.ok({ id: client.id })
    } catch {
      logger.warn({ email, ip: request.ip() }, 'login failed')
      return response.unauthorized()
    }
  }

  async update({ request, auth, response }: HttpContext) {
    const client = auth.getUserOrFail()
    const changes = request.only(['firstName', 'lastName', 'phone'])
    client.merge(changes)
    if (changes.phone) client.phoneVerified = false
    await client.save()
    logger.info({ clientId: client.id, fields: Object.keys(changes) }, 'profile updated')
    logger.trace({ client: client.serialize() }, 'client after update')
    return response.ok(client)
  }

  async smsStatus({ request, response }: HttpContext) {
    const { messageId, status, 'err-code': errCode } = request.all()
    logger.info({ messageId, status, errCode }, 'sms delivery status')
    return response.noContent()
  }
}
