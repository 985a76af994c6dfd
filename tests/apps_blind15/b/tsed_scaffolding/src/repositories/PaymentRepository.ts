import { Injectable } from "@tsed/di";
import { sql } from "slonik";
import { db } from "../db/pool";
import { DepotCardPayment } from "../models/Customer";

@Injectable()
export class PaymentRepository {
  async saveVaultedCard(customerId: number, token: string, last4: string, expiry: string): Promise<void> {
    const pool = await db();
    await pool.query(sql.unsafe`
      INSERT INTO customer_cards (customer_id, vault_token, card_last4, card_expiry)
      VALUES (${customerId}, ${token}, ${last4}, ${expiry})`);
  }

  async recordDepotPayment(p: DepotCardPayment, takenBy: string): Promise<void> {
    const pool = await db();
    await pool.query(sql.unsafe`
      INSERT INTO depot_card_payments (hire_id, pan, security_code, expiry, taken_by)
      VALUES (${p.hireId}, ${p.cardNumber}, ${p.cvc ?? null}, ${p.expiry}, ${takenBy})`);
  }

  async issueAccessCard(hireId: number, cardNumber: string): Promise<void> {
    const pool = await db();
    await pool.query(sql.unsafe`INSERT INTO access_cards (hire_id, card_number) VALUES (${hireId}, ${cardNumber})`);
  }
}
