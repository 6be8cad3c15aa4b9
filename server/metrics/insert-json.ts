// Writes rollup rows as one JSON parameter expanded by Postgres: a rollup row has ~40 columns, and building a
// multi-row INSERT of them value by value costs more CPU than computing the facts (0.5 ms a row). Every column
// must be given (jsonb_populate_recordset fills a missing one with null, not its default).
import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";

export async function insertAsJson<T extends PgTable>(db: DbOrTx, table: T, rows: T["$inferInsert"][]) {
  if (!rows.length) return;
  const columns = Object.entries(getTableColumns(table)).map(([prop, col]) => [prop, col.name] as const);
  const json = JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.map(([prop, name]) => [name, (r as Record<string, unknown>)[prop]]))),
  );
  await db.execute(sql`insert into ${table} select * from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`);
}
