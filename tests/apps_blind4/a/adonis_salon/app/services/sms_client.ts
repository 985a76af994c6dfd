import logger from '@adonisjs/core/services/logger'
import services from '#config/services'
import env from '#start/env'

export default class SmsClient {
  async send(to: string, text: string) {
    const res = await fetch('https://rest.nexmo.com/sms/json', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        api_key: env.get('VONAGE_KEY'),
        api_secret: env.get('VONAGE_SECRET'),
        from: services.sms.senderId,
        to,
        text,
        callback: services.sms.statusCallback,
      }),
    })
    const body = (await res.json()) as any
    const msg = body.messages?.[0]
    if (msg?.status !== '0') {
      logger.warn({ errorText: msg?.['error-text'], status: msg?.status }, 'sms rejected by provider')
    }
    return msg?.['message-id'] as string | undefined
  }
}
