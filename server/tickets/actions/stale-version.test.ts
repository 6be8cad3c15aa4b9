// SPEC §8 "two agents acting on one ticket: one wins, the other is told", for every verb: each takes the version
// the agent was shown and, when a colleague acted in between, fails with who and when — writing nothing.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { actionNames } from "./run";
import { tag } from "./tag";
import { at, createShop, ctxOf, domainError, MIN, traces } from "./test-fixtures";
import { runCase, verbCases, verbTime } from "./verb-cases";

const { db } = await useTestDb();
const f = await createShop(db);

describe("stale version, every verb", () => {
  it("the table has a case for every verb on a ticket", () => {
    const verbs = actionNames.filter((n) => n !== "initiate_for_buyer");
    expect(verbCases.map((c) => c.action).sort()).toEqual([...verbs].sort());
  });

  it.each(verbCases)("$action: TICKET_VERSION_CONFLICT naming who acted and when, nothing written", async (c) => {
    const id = await c.setup(db, f);
    const shown = (await traces(db, id)).ticket.version;
    // A colleague changes the ticket at 10:15 (Asia/Shanghai) while the agent still looks at `shown`.
    await tag(db, ctxOf(f.owner, at(15 * MIN)), { ticketId: id, version: shown, add: ["复核"] });
    const before = await traces(db, id);
    const e = await domainError(runCase(db, ctxOf(f.handler, verbTime), c, f, id, shown));
    expect(e.code).toBe("TICKET_VERSION_CONFLICT");
    expect(e.message).toBe("已被 店主老王 于 10:15 处理，请查看最新状态");
    expect(e.details.params).toMatchObject({ by: "店主老王", version: shown + 1 });
    // Ticket row (version included), timeline, refunds and outbox exactly as they were.
    expect(await traces(db, id)).toEqual(before);
    // The fixture is one where the verb succeeds: with the current version it goes through.
    await runCase(db, ctxOf(f.handler, verbTime), c, f, id, before.ticket.version);
    expect((await traces(db, id)).events.length).toBe(before.events.length + 1);
  });
});
