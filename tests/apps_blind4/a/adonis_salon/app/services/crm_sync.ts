import { createHash } from 'node:crypto'
import logger from '@adonisjs/core/services/logger'
import services from '#config/services'
import type Client from '#models/client'

const sha256 = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex')

/**
 * Keeps Intercom (support inbox) and Braze (campaigns) in step with our client records.
 */
export default class CrmSync {
  async upsertIntercomContact(client: Client) {
    const res = await fetch(`${services.intercom.apiBase}/contacts`, {
      method: 'POST',
      headers: {
        'Authorization': `Bearer ${services.intercom.token}`,
        'Content-Type': 'application/json',
        'Intercom-Version': '2.11',
      },
      body: JSON.stringify({
        role: 'user',
        external_id: String(client.id),
        email: client.email,
        phone: client.phone,
        name: client.fullName,
        custom_attributes: { birthday: client.birthday?.toISODate() },
      }),
    })
    if (!res.ok) {
      logger.error({ clientId: client.id, status: res.status }, 'intercom upsert failed')
    }
  }

  async trackBrazeEvent(client: Client, name: string, properties: Record<string, unknown> = {}) {
    if (!client.marketingOptIn) return
    await fetch(`${services.braze.restEndpoint}/users/track`, {
      method: 'POST',
      headers: { 'Authorization': `Bearer ${services.braze.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        events: [
          {
            external_id: String(client.id),
            name,
            time: new Date().toISOString(),
            properties: { ...properties, email_sha256: sha256(client.email) },
          },
        ],
      }),
    })
    logger.debug({ clientId: client.id, event: name }, 'braze event sent')
  }
}
