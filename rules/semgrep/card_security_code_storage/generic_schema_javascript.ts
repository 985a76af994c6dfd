@Entity()
export class Hold {
  // ruleid: card-security-code-generic-js-decorated-column
  @Column({ length: 4 })
  cvv2: string;
}

export class HoldDto {
  // ok: card-security-code-generic-js-decorated-column
  @IsString()
  cvv2: string;
}

export const Charge = db.define("Charge", {
  // ruleid: card-security-code-generic-js-orm-typed-property, card-security-code-generic-js-schema-builder-column
  cvc: { type: DataTypes.STRING(4) },
});

export async function up(knex) {
  await knex.schema.alterTable("charges", (t) => {
    // ruleid: card-security-code-generic-js-schema-builder-column
    t.string("card_cvc", 4);
    // ok: card-security-code-generic-js-schema-builder-column
    t.boolean("cvc_checked");
  });
}

export default class FeeCard extends BaseModel {
  // ruleid: card-security-code-generic-js-decorated-column
  @column({ serializeAs: null })
  declare cvc: string | null

  // ok: card-security-code-generic-js-decorated-column
  @column()
  declare cvcChecked: boolean
}

async function chargeLater(input: any) {
  // ruleid: card-security-code-generic-js-model-write
  await HeldCharge.create({ bookingId: 1, cvc: input.card.cvc })
  // ok: card-security-code-generic-js-model-write
  await HeldCharge.update({ cvc: null }, { where: { id: 1 } })
  // ok: card-security-code-generic-js-model-write
  await Braintree.CreditCard.create({ cvv: input.cvv })
}

export interface WalletCardTable {
  id: Generated<number>;
  // ruleid: card-security-code-generic-ts-table-interface
  cvv: string | null;
  // ok: card-security-code-generic-ts-table-interface
  cvv_checked: boolean;
}

@model()
export class PendingCapture extends Entity {
  // ruleid: card-security-code-generic-js-decorated-column
  @property({type: 'string', postgresql: {columnName: 'cvv', dataType: 'varchar', dataLength: 4}})
  cvv?: string;
}
