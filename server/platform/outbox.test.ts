// Actions out (SPEC §7): the worker delivers the queued platform actions of sandbox shops to the sandbox platform,
// each exactly once even with several workers, and leaves a real platform's queue alone.
import { eq, isNull } from "drizzle-orm";
import { afterAll, expect, test } from "vitest";
import { createDb } from "../../db/client";
import { platformActions, shops } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { approve } from "../tickets/actions/approve";
import { createOrder, createShop, createTicket, ctxOf } from "../tickets/actions/test-fixtures";
import { deliverPlatformActions, type PlatformAction } from "./outbox";

const { db, url } = await useTestDb();
const workers = [createDb(url, 1), createDb(url, 1)];
afterAll(() => Promise.all(workers.map((w) => w.sql.end())));

test("two workers deliver every queued sandbox action once, mark sent_at, and leave a real platform's queue", async () => {
  const sandbox = await createShop(db);
  const real = await createShop(db);
  await db.update(shops).set({ sandbox: false }).where(eq(shops.id, real.shopId));
  for (let i = 0; i < 25; i++) {
    const t = await createTicket(db, sandbox, await createOrder(db, sandbox));
    await approve(db, ctxOf(sandbox.handler), { ticketId: t.id, version: 1 });
  }
  const realTicket = await createTicket(db, real, await createOrder(db, real));
  await approve(db, ctxOf(real.handler), { ticketId: realTicket.id, version: 1 });

  const acknowledged: number[] = [];
  const acknowledge = async (a: PlatformAction) => {
    acknowledged.push(a.id);
    await new Promise((r) => setTimeout(r, 2)); // the platform takes a moment: the workers overlap
  };
  const sentAt = new Date("2025-03-01T02:00:00.000Z");
  const drain = async (w: (typeof workers)[number]) => {
    let n = 0;
    for (let got = -1; got !== 0; n += got)
      got = await deliverPlatformActions(w.db, { batchSize: 4, acknowledge, now: sentAt });
    return n;
  };
  const [a, b] = await Promise.all(workers.map(drain));
  expect(a + b).toBe(25);
  expect(acknowledged).toHaveLength(25);
  expect(new Set(acknowledged).size).toBe(25);

  const rows = await db.select().from(platformActions);
  for (const r of rows.filter((r) => r.shopId === sandbox.shopId)) expect(r.sentAt).toEqual(sentAt);
  const unsent = await db.select().from(platformActions).where(isNull(platformActions.sentAt));
  expect(unsent.map((r) => r.shopId)).toEqual([real.shopId]);
  expect(await deliverPlatformActions(db, { acknowledge })).toBe(0);
  expect(acknowledged).toHaveLength(25);
});

test("a refused acknowledgement marks nothing: the action is sent again later", async () => {
  const f = await createShop(db);
  const t = await createTicket(db, f, await createOrder(db, f));
  await approve(db, ctxOf(f.handler), { ticketId: t.id, version: 1 });
  const refuse = async () => {
    throw new Error("platform unavailable");
  };
  await expect(deliverPlatformActions(db, { acknowledge: refuse })).rejects.toThrow("platform unavailable");
  expect(await db.select().from(platformActions).where(eq(platformActions.ticketId, t.id))).toMatchObject([
    { sentAt: null },
  ]);
  expect(await deliverPlatformActions(db)).toBe(1);
  const [row] = await db.select().from(platformActions).where(eq(platformActions.ticketId, t.id));
  expect(row?.sentAt).not.toBeNull();
});
