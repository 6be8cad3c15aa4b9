// The tRPC surface: `actions.*` is mounted, takes the shop from the session, and maps DomainErrors once
// (TICKET_VERSION_CONFLICT → CONFLICT, FORBIDDEN, NOT_FOUND) with the domain code in the error data.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { routerCaller, trpcError } from "../../../tests/trpc";
import { createOrder, createShop, createTicket, DAY, type ShopFixture } from "./test-fixtures";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const callerFor = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);

describe("actions router", () => {
  it("detail, approve, and a stale second approve → CONFLICT", async () => {
    const f = await createShop(db);
    // The session's clock is the real one (sandbox offset 0): give the review deadline room.
    const t = await createTicket(db, f, await createOrder(db, f), { deadlineAt: new Date(Date.now() + DAY) });
    const api = callerFor(f, f.handler);
    const d = await api.actions.detail({ ticketId: t.id });
    expect(d.allowedActions.find((a) => a.action === "approve")?.allowed).toBe(true);
    const r = await api.actions.approve({ ticketId: t.id, version: d.ticket.version });
    expect(r.ticket.status).toBe("refunded");
    const e = await trpcError(api.actions.approve({ ticketId: t.id, version: 1 }));
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toContain("已被 客服小李 于");
    // A note takes the version too: written on the stale screen, it is refused the same way.
    const staleNote = await trpcError(api.actions.note({ ticketId: t.id, version: 1, text: "已联系买家" }));
    expect(staleNote.code).toBe("CONFLICT");
  });

  it("FORBIDDEN without 售后处理权限, NOT_FOUND across shops, BAD_REQUEST on bad input", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    const t = await createTicket(db, f, await createOrder(db, f));
    expect((await trpcError(callerFor(f, f.viewer).actions.approve({ ticketId: t.id, version: 1 }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await trpcError(callerFor(g, g.owner).actions.detail({ ticketId: t.id }))).code).toBe("NOT_FOUND");
    const bad = await trpcError(callerFor(f, f.owner).actions.note({ ticketId: t.id, version: 1, text: "" }));
    expect(bad.code).toBe("BAD_REQUEST");
    const batch = await callerFor(f, f.owner).actions.batch({
      action: "tag",
      ticketIds: [{ id: t.id, version: 1 }],
      add: ["x"],
    });
    expect(batch).toEqual([{ ticketId: t.id, ok: true, version: 2 }]);
  });
});
