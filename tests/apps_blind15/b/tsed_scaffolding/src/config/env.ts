import { readFileSync } from "node:fs";
import { join } from "node:path";

type Section = { baseUrl: string; rejectUnauthorized?: boolean };

export interface AppConfig {
  port: number;
  databaseUrl: string;
  amqpUrl: string;
  gateway: Section;
  salesflare: Section;
  coralogix: Section & { applicationName: string; subsystemName: string };
  inspectionPartner: Section;
  depotTill: Section;
  localPrinter: Section;
}

const file = JSON.parse(readFileSync(join(process.cwd(), "config", "default.json"), "utf8")) as Partial<AppConfig>;

export const config: AppConfig = {
  port: Number(process.env.PORT ?? file.port ?? 8083),
  databaseUrl: process.env.DATABASE_URL ?? file.databaseUrl!,
  amqpUrl: process.env.AMQP_URL ?? file.amqpUrl!,
  gateway: { rejectUnauthorized: true, ...file.gateway! },
  salesflare: file.salesflare!,
  coralogix: file.coralogix!,
  inspectionPartner: {
    ...file.inspectionPartner!,
    rejectUnauthorized: process.env.INSPECTION_VERIFY_TLS
      ? process.env.INSPECTION_VERIFY_TLS === "true"
      : file.inspectionPartner?.rejectUnauthorized ?? false,
  },
  depotTill: file.depotTill!,
  localPrinter: file.localPrinter!,
};
