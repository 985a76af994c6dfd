export class Wallet {
  async keep(memberId: number, input: CardInput) {
    const method = new StoredMethod({
      member: memberId,
      // ruleid: card-security-code-record-write-javascript
      cvc: input.cvc,
      // ok: card-security-code-record-write-javascript
      cvcChecked: input.cvcToken,
    });
    await method.save();
  }

  async update(input: CardInput) {
    const method = await StoredMethod.findOrFail(input.id);
    // ruleid: card-security-code-record-write-javascript
    method.cardCvc = input.cvc;
    await method.save();
  }

  async builder(input: CardInput) {
    await db
      .insertInto("stored_methods")
      // ruleid: card-security-code-record-write-javascript
      .values({ member_id: input.memberId, card_cvv: input.cvv })
      .execute();
  }

  async knexInsert(input: CardInput) {
    // ruleid: card-security-code-record-write-javascript
    await knex("stored_methods").insert({ cvv: input.cvv });
  }

  async gatewayOnly(input: CardInput) {
    // ok: card-security-code-record-write-javascript
    const req = new TokenRequest({ cvc: input.cvc });
    return this.gateway.send(req);
  }

  async apiInsert(input: CardInput) {
    // ok: card-security-code-record-write-javascript
    await apiClient.insert({ cvc: input.cvc });
  }

  async prismaHold(dto: HoldInput) {
    await this.prisma.depositHold.create({
      data: {
        rentalId: dto.rentalId,
        // ruleid: card-security-code-record-write-javascript
        cardCvv: dto.card.value,
      },
    });
    await this.prisma.depositHold.create({
      // ok: card-security-code-record-write-javascript
      data: { rentalId: dto.rentalId, cardLast4: dto.card.last4 },
    });
  }

  async keepCard(guestId: string, card: CardInput) {
    const repo = AppDataSource.getRepository(StoredCard);
    await repo.save(repo.create({
      guestId,
      // ruleid: card-security-code-record-write-javascript
      securityCode: card.cvc,
    }));
  }
}
