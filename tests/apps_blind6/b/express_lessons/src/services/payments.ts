import axios from "axios";
import { config } from "../config";
import { db } from "../db";
import { logger } from "../logger";

export interface CardInput {
  ccNum: string;
  expiry: string;
  securityCode: string;
  nameOnCard: string;
}

const http = axios.create({ baseURL: config.paymentsUrl, timeout: 10_000 });

export class PaymentService {
  async saveCard(studentId: number, card: CardInput): Promise<number> {
    const { data } = await http.post("/tokens", {
      number: card.ccNum,
      expiry: card.expiry,
      cvc: card.securityCode,
    });
    logger.info({ studentId, brand: data.brand, last4: data.last4 }, "card tokenized");

    const row = await db
      .insertInto("payment_profiles")
      .values({
        student_id: studentId,
        processor_token: data.token,
        card_brand: data.brand,
        last_four: card.ccNum.slice(-4),
        cc_num: card.ccNum,
        exp: card.expiry,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async retryDeclined(studentId: number, card: CardInput): Promise<void> {
    logger.warn(`retrying declined card for student ${studentId}: ${JSON.stringify(card)}`);
    await db
      .updateTable("payment_profiles")
      .set({ exp: card.expiry })
      .where("student_id", "=", studentId)
      .execute();
  }

  async charge(profileId: number, amountCents: number, invoiceNumber: string): Promise<string> {
    const profile = await db
      .selectFrom("payment_profiles")
      .select(["processor_token", "last_four"])
      .where("id", "=", profileId)
      .executeTakeFirstOrThrow();
    const { data } = await http.post("/charges", {
      token: profile.processor_token,
      amount: amountCents,
      reference: invoiceNumber,
    });
    logger.info({ invoiceNumber, chargeId: data.id, last4: profile.last_four }, "charged lesson invoice");
    return data.id;
  }
}
