import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "../server/env";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
/** A transaction handle or the database: services accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export function createDb(url: string, max = 10): { db: Db; sql: postgres.Sql } {
  const sql = postgres(url, { max, onnotice: () => {} });
  return { db: drizzle(sql, { schema }), sql };
}

// One connection pool per process, cached on globalThis so dev reloads do not leak pools.
const g = globalThis as unknown as { __shouhouDb?: { db: Db; sql: postgres.Sql } };
export function getDb(): Db {
  if (!g.__shouhouDb) g.__shouhouDb = createDb(env().DATABASE_URL);
  return g.__shouhouDb.db;
}
