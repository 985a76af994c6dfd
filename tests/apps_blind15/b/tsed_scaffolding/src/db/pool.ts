import { createPool, DatabasePool } from "slonik";
import { config } from "../config/env";

let pool: DatabasePool | undefined;

export async function db(): Promise<DatabasePool> {
  pool ??= await createPool(config.databaseUrl, { maximumPoolSize: 10 });
  return pool;
}
