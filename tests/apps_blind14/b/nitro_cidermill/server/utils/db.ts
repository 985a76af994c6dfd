import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../database/types";

let _db: Kysely<Database> | undefined;

export function useDb(): Kysely<Database> {
  if (!_db) {
    const { databaseUrl } = useRuntimeConfig();
    _db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 8 }) }),
    });
  }
  return _db;
}
