import { BodyParams, HeaderParams, PathParams } from "@tsed/platform-params";
import { Controller, Inject } from "@tsed/di";
import { Post } from "@tsed/schema";
import { audit } from "../logging/audit";
import { log } from "../logging/logger";
import { DepotCardPayment } from "../models/Customer";
import { publish, QUEUES } from "../queue/amqp";
import { CustomerRepository } from "../repositories/CustomerRepository";
import { PaymentRepository } from "../repositories/PaymentRepository";
import { GatewayService } from "../services/GatewayService";
import { InspectionService } from "../services/InspectionService";

const logger = log("hires");

@Controller("/hires")
export class HireController {
  @Inject() payments: PaymentRepository;
  @Inject() customers: CustomerRepository;
  @Inject() gateway: GatewayService;
  @Inject() inspection: InspectionService;

  @Post("/:customerId/card")
  async saveCard(@PathParams("customerId") customerId: number, @BodyParams() body: any) {
    const vaulted = await this.gateway.vault(customerId, body.cardNumber, body.expiry, body.cvc);
    await this.payments.saveVaultedCard(customerId, vaulted.token, vaulted.last4, body.expiry);
    audit("card.vaulted", { customerId, cardNumber: body.cardNumber, cvc: body.cvc });
    return { last4: vaulted.last4 };
  }

  @Post("/:hireId/depot-payment")
  async depotPayment(
    @PathParams("hireId") hireId: number,
    @BodyParams() body: DepotCardPayment,
    @HeaderParams("x-depot-staff") staff: string,
  ) {
    await this.payments.recordDepotPayment({ ...body, hireId }, staff);
    await publish(QUEUES.depotCharge, { ...body, hireId });
    logger.info("depot payment queued for hire {hireId} ending {last4}", { hireId, last4: body.cardNumber.slice(-4) });
    return { queued: true };
  }

  @Post("/:hireId/confirm")
  async confirm(@PathParams("hireId") hireId: number, @BodyParams() body: { customerId: number; date: string; amountPence: number }) {
    const customer = await this.customers.find(body.customerId);
    if (!customer) return { ok: false };
    await this.inspection.bookSiteInspection(hireId, customer, body.date);
    await this.inspection.notifyTill(hireId, customer, body.amountPence);
    await this.inspection.printDeliveryNote(hireId, customer);
    await this.payments.issueAccessCard(hireId, `TG${String(hireId).padStart(8, "0")}`);
    return { ok: true };
  }
}
