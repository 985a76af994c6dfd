import { Injectable } from "@tsed/di";
import { depotTillHttp, inspectionHttp, printerHttp } from "../http/clients";
import { log } from "../logging/logger";
import { HireCustomer } from "../models/Customer";

const logger = log("inspection");

@Injectable()
export class InspectionService {
  async bookSiteInspection(hireId: number, c: HireCustomer, date: string) {
    const res = await inspectionHttp("/v2/inspections", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        reference: `TWL-${hireId}`,
        site: { address: c.siteAddress, contact: c.contactName, phone: c.phone },
        date,
      }),
    });
    logger.info("inspection booked for {hireId}", { hireId, status: res.status });
  }

  async notifyTill(hireId: number, c: HireCustomer, amountPence: number) {
    await depotTillHttp("/till/expected", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ hireId, name: c.contactName, phone: c.phone, amountPence }),
    });
  }

  async printDeliveryNote(hireId: number, c: HireCustomer) {
    await printerHttp("/print", { method: "POST", body: JSON.stringify({ hireId, site: c.siteAddress }) });
  }
}
