// SPEC §8: "every money movement happens exactly once; two agents acting on one ticket: one wins, the other is
// told". Ten agents, each on its own connection, approve the same 仅退款 ticket at the same moment.
import { count, eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { createDb } from "../../../db/client";
import { platformActions, refunds, ticketEvents } from "../../../db/schema";
import { useTestDb } from "../../../tests/db";
import { DomainError } from "../../errors";
import { approve } from "./approve";
import { createMember, createOrder, createShop, createTicket, ctxOf, traces } from "./test-fixtures";

const { db, url } = await useTestDb();
const clients = Array.from({ length: 10 }, () => createDb(url, 1));
afterAll(() => Promise.all(clients.map((c) => c.sql.end())));

it("ten agents approve one 仅退款 ticket at once: one refund, nine version conflicts", async () => {
  const f = await createShop(db);
  const agents = await Promise.all(
    Array.from({ length: 10 }, (_, i) => createMember(db, f.shopId, `客服${i + 1}号`, "agent", true)),
  );
  const t = await createTicket(db, f, await createOrder(db, f));
  const results = await Promise.allSettled(
    agents.map((m, i) => approve(clients[i].db, ctxOf(m), { ticketId: t.id, version: 1 })),
  );
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(9);
  const winner = (await traces(db, t.id)).ticket.updatedByName;
  for (const e of lost) {
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({ code: "TICKET_VERSION_CONFLICT" });
    expect((e as DomainError).message).toContain(`已被 ${winner} 于`);
  }
  const [r] = await db.select({ n: count() }).from(refunds).where(eq(refunds.ticketId, t.id));
  const [ev] = await db.select({ n: count() }).from(ticketEvents).where(eq(ticketEvents.ticketId, t.id));
  const [out] = await db.select({ n: count() }).from(platformActions).where(eq(platformActions.ticketId, t.id));
  expect([r.n, ev.n, out.n]).toEqual([1, 1, 1]);
});
