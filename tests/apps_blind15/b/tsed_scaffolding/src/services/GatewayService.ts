import { Injectable } from "@tsed/di";
import { gatewayHttp } from "../http/clients";
import { log } from "../logging/logger";
import { CardSummary, DepotCardPayment } from "../models/Customer";

const logger = log("gateway");

@Injectable()
export class GatewayService {
  async vault(customerId: number, cardNumber: string, expiry: string, cvc: string) {
    const res = await gatewayHttp("/vault", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.SCAFFPAY_SECRET}` },
      body: JSON.stringify({ customer_ref: `cust_${customerId}`, pan: cardNumber, expiry, cvc }),
    });
    const body = (await res.json()) as { token: string; brand: string; last4: string };
    if (!res.ok) {
      logger.warn("vault rejected card {cardNumber} for customer {customerId}", { cardNumber, customerId });
      throw new Error(`vault rejected: ${res.status}`);
    }
    const summary = Object.assign(new CardSummary(), { brand: body.brand, last4: body.last4 });
    logger.info(`card vaulted for customer ${customerId}: ${summary}`);
    return body;
  }

  async keyed(p: DepotCardPayment) {
    logger.info("keyed depot payment {payment}", { payment: p });
    const res = await gatewayHttp("/payments/keyed", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.SCAFFPAY_SECRET}` },
      body: JSON.stringify({ pan: p.cardNumber, expiry: p.expiry, cvc: p.cvc, amount: p.amountPence }),
    });
    return res.json();
  }
}
