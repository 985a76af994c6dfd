import { Injectable } from "@tsed/di";
import { salesflareHttp } from "../http/clients";
import { HireCustomer } from "../models/Customer";

const headers = () => ({
  "content-type": "application/json",
  authorization: `Bearer ${process.env.SALESFLARE_API_KEY}`,
});

@Injectable()
export class SalesflareService {
  async createContact(c: HireCustomer): Promise<number> {
    const [firstname, ...rest] = c.contactName.split(" ");
    const contact: Record<string, unknown> = { firstname, lastname: rest.join(" ") };
    contact.email = c.email;
    contact.phone_number = c.phone;
    if (c.siteAddress) contact.address = { street: c.siteAddress };
    const res = await salesflareHttp("/contacts", { method: "POST", headers: headers(), body: JSON.stringify(contact) });
    const [{ id }] = (await res.json()) as Array<{ id: number }>;
    return id;
  }

  async tagHire(salesflareId: number, towerType: string): Promise<void> {
    await salesflareHttp(`/contacts/${salesflareId}`, {
      method: "PUT",
      headers: headers(),
      body: JSON.stringify({ tags: ["tower-hire", towerType] }),
    });
  }
}
