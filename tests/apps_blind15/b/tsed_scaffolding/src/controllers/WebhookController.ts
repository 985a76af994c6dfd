import { BodyParams, HeaderParams } from "@tsed/platform-params";
import { Controller, Inject } from "@tsed/di";
import { Unauthorized } from "@tsed/exceptions";
import { Post } from "@tsed/schema";
import { createHmac, timingSafeEqual } from "node:crypto";
import { log } from "../logging/logger";
import { CoralogixService } from "../services/CoralogixService";

const logger = log("webhooks");

@Controller("/webhooks")
export class WebhookController {
  @Inject() coralogix: CoralogixService;

  @Post("/scaffpay")
  async scaffpay(@BodyParams() event: any, @HeaderParams("x-scaffpay-signature") signature: string) {
    const digest = createHmac("sha256", process.env.SCAFFPAY_SECRET!).update(JSON.stringify(event)).digest("hex");
    if (!signature || !timingSafeEqual(Buffer.from(digest), Buffer.from(signature))) {
      throw new Unauthorized("bad signature");
    }
    if (event.type === "payment.declined") {
      logger.warn(`declined: ${event.data.cardholder_name} ${event.data.billing_email}`);
      await this.coralogix.hireFailed(event.data.hire_id, event.data.billing_email, event.data.reason);
    } else {
      logger.info("payment event {type} {id}", { type: event.type, id: event.id });
    }
    return { received: true };
  }
}
