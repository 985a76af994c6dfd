import { Entity, Column, PrimaryGeneratedColumn } from "typeorm";
import { DataTypes } from "sequelize";

@Entity({ name: "wallet_entries" })
export class WalletEntry {
  @PrimaryGeneratedColumn()
  id: number;

  // ruleid: card-number-generic-js-decorated-column
  @Column({ type: "varchar", length: 24 })
  creditCardNumber: string;

  // ok: card-number-generic-js-decorated-column
  @Column({ length: 4 })
  cardNumberLast4: string;

  // ok: card-number-generic-js-decorated-column
  @Column({ type: "text", transformer: aesTransformer })
  pan: string;
}

export class WalletEntryDto {
  // ok: card-number-generic-js-decorated-column
  @IsString()
  creditCardNumber: string;
}

export const Payment = db.define("Payment", {
  // ruleid: card-number-generic-js-orm-typed-property, card-number-generic-js-schema-builder-column
  cardNo: { type: DataTypes.TEXT, allowNull: false },
  // ok: card-number-generic-js-orm-typed-property
  cardToken: DataTypes.STRING(64),
  // ok: card-number-generic-js-orm-typed-property
  pan: DataTypes.STRING(4),
});

export async function up(knex) {
  await knex.schema.createTable("instruments", (t) => {
    // ruleid: card-number-generic-js-schema-builder-column
    t.string("primary_account_number", 19);
    // ok: card-number-generic-js-schema-builder-column
    t.string("pan_last4", 4);
    // ok: card-number-generic-js-schema-builder-column
    t.string("pan", 8);
  });
}

export const StoredInstrument = new EntitySchema({
  columns: {
    // ruleid: card-number-generic-js-schema-builder-column
    ccn: { type: "varchar" },
    // ok: card-number-generic-js-schema-builder-column
    ccnMask: { type: "varchar" },
  },
});

export default class FeeCard extends BaseModel {
  // ruleid: card-number-generic-js-decorated-column
  @column()
  declare cardNo: string

  // ok: card-number-generic-js-decorated-column
  @column()
  declare cardNoLast4: string
}

async function chargeLater(input: any, saved: any) {
  // ruleid: card-number-generic-js-model-write
  await HeldCharge.create({ bookingId: 1, cardNum: input.card.number })
  // ruleid: card-number-generic-js-model-write
  await HeldCharge.query().insert({ ccNumber: input.ccNumber })
  // ok: card-number-generic-js-model-write
  await HeldCharge.create({ bookingId: 1, cardNum: saved.last4 })
  // ok: card-number-generic-js-model-write
  await stripe.paymentMethods.create({ type: "card", cardNumber: input.number })
}

export default class VaultedCard extends BaseModel {
  // ok: card-number-generic-js-decorated-column
  @column({ prepare: (value: string) => encryption.encrypt(value) })
  declare cardNumber: string
}

export interface WalletCardTable {
  id: Generated<number>;
  // ruleid: card-number-generic-ts-table-interface
  card_number: string | null;
  // ok: card-number-generic-ts-table-interface
  card_last4: string;
}

export interface WalletCardForm {
  // ok: card-number-generic-ts-table-interface
  card_number: string;
}

@model({settings: {postgresql: {table: 'cards_on_file'}}})
export class CardOnFile extends Entity {
  // ruleid: card-number-generic-js-decorated-column
  @property({type: 'string', postgresql: {columnName: 'pan', dataType: 'varchar', dataLength: 19}})
  pan?: string;

  // ok: card-number-generic-js-decorated-column
  @property({type: 'string', length: 4})
  last4: string;
}

@customElement('checkout-card')
export class CheckoutCard extends LitElement {
  // ok: card-number-generic-js-decorated-column
  @property({type: String})
  cardNumber = '';
}

@model()
export class CardCaptureRequest extends Entity {
  // ok: card-number-generic-js-decorated-column
  @property({type: 'string', required: true})
  cardNumber: string;
}
