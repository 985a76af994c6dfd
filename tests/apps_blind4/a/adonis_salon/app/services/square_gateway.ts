import { randomUUID } from 'node:crypto'
import logger from '@adonisjs/core/services/logger'
import services from '#config/services'

export interface CardPayload {
  number: string
  expMonth: number
  expYear: number
  cvc: string
  postcode: string
}

export interface StoredCardResult {
  id: string
  brand: string
  last4: string
}

export class GatewayError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly status: number
  ) {
    super(message)
  }
}

export default class SquareGateway {
  #base = services.square.baseUrl
  #headers = {
    'Authorization': `Bearer ${services.square.accessToken}`,
    'Content-Type': 'application/json',
    'Square-Version': '2024-05-15',
  }

  async storeCard(customerId: string, card: CardPayload): Promise<StoredCardResult> {
    const res = await fetch(`${this.#base}/cards`, {
      method: 'POST',
      headers: this.#headers,
      body: JSON.stringify({
        idempotency_key: randomUUID(),
        source_id: 'cnon:card-nonce-from-web-sdk',
        card: {
          customer_id: customerId,
          exp_month: card.expMonth,
          exp_year: card.expYear,
          billing_address: { postal_code: card.postcode },
        },
      }),
    })
    const json = (await res.json()) as any
    if (!res.ok) {
      const err = json.errors?.[0] ?? {}
      logger.warn({ status: res.status, code: err.code, category: err.category }, 'square store card failed')
      throw new GatewayError(err.detail ?? 'card rejected', err.code ?? 'UNKNOWN', res.status)
    }
    logger.info({ cardId: json.card.id, brand: json.card.card_brand, last4: json.card.last_4 }, 'card stored at square')
    return { id: json.card.id, brand: json.card.card_brand, last4: json.card.last_4 }
  }

  async charge(cardId: string, amountPence: number, reference: string) {
    const res = await fetch(`${this.#base}/payments`, {
      method: 'POST',
      headers: this.#headers,
      body: JSON.stringify({
        idempotency_key: randomUUID(),
        source_id: cardId,
        amount_money: { amount: amountPence, currency: 'GBP' },
        location_id: services.square.locationId,
        reference_id: reference,
      }),
    })
    const json = (await res.json()) as any
    logger.info(
      { reference, paymentId: json.payment?.id, status: json.payment?.status, httpStatus: res.status },
      'square payment'
    )
    return json.payment
  }
}

/**
 * Oxford Street till: accepts a raw card and returns an approval code.
 */
export async function chargeOnLegacyTill(cardNo: string, cvc: string, amountPence: number) {
  const res = await fetch(services.legacyPos.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cardNo, cvc, amount: amountPence }),
  })
  return (await res.json()) as { approved: boolean; approvalCode?: string }
}
