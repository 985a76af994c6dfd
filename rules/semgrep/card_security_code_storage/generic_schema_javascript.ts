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
