import postgres from "postgres";
import { expect, inject, test } from "vitest";
import { withDb } from "../tests/global-setup";
import { runMigrations } from "./migrate";

test("the committed migrations apply to an empty database, and again as a no-op", async () => {
  const admin = postgres(inject("adminUrl"), { max: 1, onnotice: () => {} });
  const name = `mig_${Math.random().toString(36).slice(2, 8)}`;
  await admin.unsafe(`create database ${name}`);
  try {
    const url = withDb(inject("adminUrl"), name);
    await runMigrations(url);
    await runMigrations(url);
    const sql = postgres(url, { max: 1 });
    const rows = await sql`select table_name from information_schema.tables where table_schema = 'public'`;
    await sql.end();
    const names = rows.map((r) => r.table_name);
    for (const t of [
      "tickets",
      "ticket_events",
      "refunds",
      "orders",
      "shops",
      "members",
      "session",
      "platform_events",
    ]) {
      expect(names).toContain(t);
    }
  } finally {
    await admin.unsafe(`drop database ${name} with (force)`);
    await admin.end();
  }
});
