import { Entity, Column, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class SavedCard {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column() // expect: card_number_storage
  cardNumber!: string;

  @Column({ length: 4 })
  cardLast4!: string;

  @Column()
  gatewayToken!: string;
}

export class CheckoutRequest {
  cardNumber!: string;
  cvv!: string;
}

export function rememberCard(cardNumber: string): void {
  localStorage.setItem("cardNumber", cardNumber); // expect: card_number_storage
  localStorage.setItem("cardLast4", cardNumber.slice(-4));
}
