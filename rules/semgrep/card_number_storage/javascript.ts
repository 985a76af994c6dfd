import { Entity, Column, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Payment {
  @PrimaryGeneratedColumn()
  id: number;

  // ruleid: card-number-typeorm-entity
  @Column()
  cardNumber: string;

  // ok: card-number-typeorm-entity
  @Column({ length: 4 })
  card_number: string;

  // ok: card-number-typeorm-entity
  @Column()
  cardLast4: string;

  // ok: card-number-typeorm-entity
  @Column({ transformer: encryptionTransformer })
  pan: string;
}

export class PaymentDto {
  // ok: card-number-typeorm-entity
  cardNumber: string;
}

async function guarantee(card: { cardNumber: string; holderName: string }, id: string) {
  // ruleid: card-number-cache-write-javascript
  await redis.set(`guarantee:${id}`, JSON.stringify(card.cardNumber), "EX", 3600);
  // ok: card-number-cache-write-javascript
  await redis.set(`guarantee:${id}`, card.cardNumber.slice(-4), "EX", 3600);
  // ok: card-number-cache-write-javascript
  await cache.set(`guarantee:${id}`, card.holderName);
}
