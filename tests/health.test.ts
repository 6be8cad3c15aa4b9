// /api/health answers 200 while the database does and 503, with the reason, when it cannot be reached — what
// `npm start` waits for before it says "ready", and what a load balancer takes the app out of rotation on.
import { createServer } from "node:net";
import { afterAll, expect, test } from "vitest";
import { GET } from "../app/api/health/route";
import { createDb } from "../db/client";
import { useTestDb } from "./db";

const testDb = await useTestDb();
// The route reads the process's one pool (db/client.ts getDb, cached on globalThis): point it at each database.
const g = globalThis as unknown as { __shouhouDb?: ReturnType<typeof createDb> };
afterAll(() => {
  g.__shouhouDb = undefined;
});

/** A local port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

test("200 when the database answers", async () => {
  g.__shouhouDb = { db: testDb.db, sql: testDb.sql };
  const res = await GET();
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ db: "ok" });
});

test("503 with the reason when the database is unreachable", async () => {
  const down = createDb(`postgres://postgres:postgres@127.0.0.1:${await closedPort()}/shouhou`, 1);
  g.__shouhouDb = down;
  try {
    const res = await GET();
    expect(res.status).toBe(503);
    const body = (await res.json()) as { db: string; message: string };
    expect(body.db).toBe("error");
    expect(body.message).toBe("ECONNREFUSED");
  } finally {
    await down.sql.end();
  }
});
