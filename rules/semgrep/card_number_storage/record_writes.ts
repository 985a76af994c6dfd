export class Wallet {
  async keep(memberId: number, input: CardInput) {
    const method = new StoredMethod({
      member: memberId,
      // ruleid: card-number-record-write-javascript
      cardNumber: input.cardNumber,
      // ok: card-number-record-write-javascript
      cardLastFour: input.cardNumber.slice(-4),
    });
    await method.save();
  }

  async update(input: CardInput) {
    const method = await StoredMethod.findOrFail(input.id);
    // ruleid: card-number-record-write-javascript
    method.ccNumber = input.pan;
    await method.save();
  }

  async builder(input: CardInput) {
    await db
      .insertInto("stored_methods")
      // ruleid: card-number-record-write-javascript
      .values({ member_id: input.memberId, card_no: input.pan })
      .execute();
  }

  async knexInsert(input: CardInput) {
    // ruleid: card-number-record-write-javascript
    await knex("stored_methods").insert({ pan: input.pan });
  }

  async gatewayOnly(input: CardInput) {
    // ok: card-number-record-write-javascript
    const req = new TokenRequest({ cardNumber: input.pan });
    return this.gateway.send(req);
  }

  async apiInsert(input: CardInput) {
    // ok: card-number-record-write-javascript
    await apiClient.insert({ cardNumber: input.pan });
  }

  async prismaHold(dto: HoldInput) {
    await this.prisma.depositHold.create({
      data: {
        rentalId: dto.rentalId,
        // ruleid: card-number-record-write-javascript
        cardNumber: dto.card.value,
      },
    });
    await this.prisma.depositHold.create({
      // ok: card-number-record-write-javascript
      data: { rentalId: dto.rentalId, cardLast4: dto.card.last4 },
    });
  }

  async keepCard(guestId: string, card: CardInput) {
    const repo = AppDataSource.getRepository(StoredCard);
    await repo.save(repo.create({
      guestId,
      // ruleid: card-number-record-write-javascript
      pan: card.number,
      // ok: card-number-record-write-javascript
      bin: card.number.slice(0, 6),
    }));
    // ruleid: card-number-record-write-javascript
    await this.em.create(StoredCard, { cardNumber: card.number });
    // ok: card-number-record-write-javascript
    await gateway.save({ cardNumber: card.number });
  }
}
