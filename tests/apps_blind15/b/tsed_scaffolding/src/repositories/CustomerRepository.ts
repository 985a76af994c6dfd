import { Injectable } from "@tsed/di";
import { sql } from "slonik";
import { z } from "zod";
import { db } from "../db/pool";
import { HireCustomer } from "../models/Customer";

const customerRow = z.object({
  id: z.number(), company_name: z.string().nullable(), contact_name: z.string(),
  email: z.string(), phone: z.string().nullable(), site_address: z.string().nullable(),
});

@Injectable()
export class CustomerRepository {
  async create(c: HireCustomer): Promise<number> {
    const pool = await db();
    return pool.oneFirst(sql.type(z.object({ id: z.number() }))`
      INSERT INTO hire_customers (company_name, contact_name, email, phone, site_address)
      VALUES (${c.companyName ?? null}, ${c.contactName}, ${c.email}, ${c.phone ?? null}, ${c.siteAddress ?? null})
      RETURNING id`);
  }

  async find(id: number): Promise<HireCustomer | null> {
    const pool = await db();
    const row = await pool.maybeOne(sql.type(customerRow)`SELECT * FROM hire_customers WHERE id = ${id}`);
    if (!row) return null;
    return Object.assign(new HireCustomer(), {
      id: row.id, companyName: row.company_name ?? undefined, contactName: row.contact_name,
      email: row.email, phone: row.phone ?? undefined, siteAddress: row.site_address ?? undefined,
    });
  }

  async linkSalesflare(id: number, salesflareId: number): Promise<void> {
    const pool = await db();
    await pool.query(sql.unsafe`UPDATE hire_customers SET salesflare_id = ${salesflareId} WHERE id = ${id}`);
  }
}
