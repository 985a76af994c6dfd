import type { Client } from "@prisma/client";
import { attio } from "./http";
import { logger } from "./logger";

function personValues(client: Client) {
  const [first, ...rest] = client.fullName.split(" ");
  const values: Record<string, unknown> = {
    name: [{ first_name: first, last_name: rest.join(" "), full_name: client.fullName }],
    email_addresses: [client.email],
  };
  if (client.phone) values.phone_numbers = [{ original_phone_number: client.phone }];
  if (client.postcode) values.primary_location = [{ postcode: client.postcode, country_code: "GB" }];
  return values;
}

export async function upsertPerson(client: Client): Promise<string> {
  const res = await attio.put("/objects/people/records", { data: { values: personValues(client) } }, {
    params: { matching_attribute: "email_addresses" },
  });
  const recordId = res.data.data.id.record_id as string;
  logger.info({ clientId: client.id, recordId }, "attio person upserted");
  return recordId;
}

export async function noteShootBooked(recordId: string, shootKind: string) {
  await attio.post("/notes", {
    data: { parent_object: "people", parent_record_id: recordId, title: "Shoot booked", format: "plaintext", content: shootKind },
  });
}
