export class PaymentsService {
  async checkout(dto: CheckoutDto) {
    await this.redis.set(
      `checkout:${dto.orderNumber}`,
      // ruleid: card-storage-typescript-cached-object
      JSON.stringify({ card: dto.card, email: dto.receiptEmail }),
      'EX',
      900,
    );
    await this.redis.set(
      `receipt:${dto.orderNumber}`,
      // ok: card-storage-typescript-cached-object
      JSON.stringify({ last4: dto.card.ccNum.slice(-4), chargeId: dto.chargeId }),
    );
    // ruleid: card-storage-typescript-cached-object
    await this.retryQueue.add('charge', { order: dto.orderNumber, card: dto.paymentCard });
    // ok: card-storage-typescript-cached-object
    await this.logger.add('charge', { card: dto.card });
  }
}

export async function keepHold(holds: Collection<NoShowHold>, params: { id: string }, body: HoldBody) {
  // ruleid: card-storage-typescript-cached-object
  await holds.insertOne({ bookingId: params.id, card: body.card, createdAt: new Date() });
  // ok: card-storage-typescript-cached-object
  await holds.insertOne({ bookingId: params.id, cardLast4: body.card.number.slice(-4) });
  // ok: card-storage-typescript-cached-object
  await holds.updateOne({ bookingId: params.id }, { $unset: { card: '' } });
}
