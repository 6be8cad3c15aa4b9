import { eq, sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { platformEvents } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { ingestEvent } from "./ingest";
import { signedHeaders } from "./signature";
import { createTestShop, ev } from "./testing";

const { db } = await useTestDb();

test("a burst of deliveries is stored in batches, each event once, replays in the same burst answered 200", async () => {
  const shop = await createTestShop(db);
  const ids = Array.from({ length: 60 }, (_, i) => `burst_${i % 45}`); // 15 replays of earlier ids
  const results = await Promise.all(
    ids.map((id) => {
      const raw = JSON.stringify(ev(shop, "ticket.cancelled", { externalId: "x", orderId: `o_${id}` }, 0, id));
      return ingestEvent(db, shop.id, raw, signedHeaders(shop.connectorSecret, raw));
    }),
  );
  expect(results.filter((r) => r.status === 202)).toHaveLength(45);
  expect(results.filter((r) => r.status === 200)).toHaveLength(15);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(platformEvents)
    .where(eq(platformEvents.shopId, shop.id));
  expect(row?.n).toBe(45);
});
