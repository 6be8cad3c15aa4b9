// Assign, tag, note and 注册记录 classify: the workbench's own bookkeeping, never sent to the platform; and
// 给买家发消息, which is sent (queued as a platform action) but moves nothing either.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { assign } from "./assign";
import { classify } from "./classify";
import { message, note } from "./note";
import { tag } from "./tag";
import { createOrder, createShop, createTicket, ctxOf, domainError, traces } from "./test-fixtures";

const { db } = await useTestDb();
const f = await createShop(db);
const ctx = ctxOf(f.viewer); // none of these needs 售后处理权限
const fresh = async () => createTicket(db, f, await createOrder(db, f));

describe("assign", () => {
  it("to a member of the shop, then back to nobody", async () => {
    const t = await fresh();
    await assign(db, ctx, { ticketId: t.id, version: 1, assigneeId: f.handler.id });
    let tr = await traces(db, t.id);
    expect(tr.ticket).toMatchObject({ assigneeId: f.handler.id, status: "pending_review", deadlineAt: t.deadlineAt });
    expect(tr.events).toMatchObject([{ action: "assign", why: "指派给 客服小李", data: { to: f.handler.id } }]);
    await assign(db, ctx, { ticketId: t.id, version: 2, assigneeId: null });
    tr = await traces(db, t.id);
    expect(tr.ticket.assigneeId).toBeNull();
    expect(tr.outbox).toEqual([]);
  });

  it("not to a member of another shop", async () => {
    const other = await createShop(db);
    const t = await fresh();
    const e = await domainError(assign(db, ctx, { ticketId: t.id, version: 1, assigneeId: other.handler.id }));
    expect(e).toMatchObject({ code: "INVALID_INPUT", details: { field: "assigneeId" } });
    expect((await traces(db, t.id)).ticket.assigneeId).toBeNull();
  });

  it("not on an ended ticket", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), { status: "refunded", deadlineAt: null });
    const e = await domainError(assign(db, ctx, { ticketId: t.id, version: 1, assigneeId: f.handler.id }));
    expect(e.details.reason).toBe("TICKET_ENDED");
  });
});

describe("tag", () => {
  it("adds trimmed, de-duplicated tags and removes others", async () => {
    const t = await fresh();
    await tag(db, ctx, { ticketId: t.id, version: 1, add: [" 大促 ", "大促", "尺码问题"] });
    await tag(db, ctx, { ticketId: t.id, version: 2, add: ["回访"], remove: ["大促"] });
    const { ticket, events } = await traces(db, t.id);
    expect(ticket.tags).toEqual(["尺码问题", "回访"]);
    expect(events.map((e) => e.data)).toEqual([
      { added: ["大促", "尺码问题"], removed: [] },
      { added: ["回访"], removed: ["大促"] },
    ]);
  });

  it("at most 10 tags of at most 16 characters", async () => {
    const t = await fresh();
    const ten = Array.from({ length: 10 }, (_, i) => `标签${i}`);
    await tag(db, ctx, { ticketId: t.id, version: 1, add: ten });
    const e1 = await domainError(tag(db, ctx, { ticketId: t.id, version: 2, add: ["第十一个"] }));
    expect(e1).toMatchObject({ code: "INVALID_INPUT", message: "每个售后单最多 10 个标签" });
    const e2 = await domainError(tag(db, ctx, { ticketId: t.id, version: 2, add: ["一".repeat(17)] }));
    expect(e2).toMatchObject({ code: "INVALID_INPUT", message: "标签不能超过 16 个字" });
    expect((await traces(db, t.id)).ticket.version).toBe(2);
  });
});

describe("note", () => {
  it("a timeline-only event: no column, no version change", async () => {
    const t = await fresh();
    await note(db, ctx, { ticketId: t.id, version: 1, text: "  已电话联系买家，明天回访  " });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket.version).toBe(1);
    expect(events).toMatchObject([
      { action: "note", why: "已电话联系买家，明天回访", actorName: "客服小赵", fromStatus: "pending_review" },
    ]);
    expect(outbox).toEqual([]);
  });

  it("allowed on ended tickets; empty or over 500 characters refused", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), { status: "closed", deadlineAt: null });
    await note(db, ctx, { ticketId: t.id, version: 1, text: "复盘：买家地址错误" });
    const e1 = await domainError(note(db, ctx, { ticketId: t.id, version: 1, text: "   " }));
    expect(e1).toMatchObject({ code: "INVALID_INPUT", message: "备注不能为空" });
    const e2 = await domainError(note(db, ctx, { ticketId: t.id, version: 1, text: "字".repeat(501) }));
    expect(e2).toMatchObject({ code: "INVALID_INPUT", message: "备注不能超过 500 个字" });
    expect((await traces(db, t.id)).events).toHaveLength(1);
  });
});

describe("message (给买家发消息)", () => {
  it("goes out to the platform and onto the timeline, in one transaction; no column, no version change", async () => {
    const t = await fresh();
    await message(db, ctx, { ticketId: t.id, version: 1, text: " 春节期间 2 月 5 日至 12 日暂停发货 " });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket.version).toBe(1);
    expect(events).toMatchObject([
      {
        action: "message",
        why: "春节期间 2 月 5 日至 12 日暂停发货",
        actorName: "客服小赵",
        toStatus: "pending_review",
      },
    ]);
    expect(outbox).toMatchObject([
      { action: "message", payload: { text: "春节期间 2 月 5 日至 12 日暂停发货", externalId: t.externalId } },
    ]);
  });

  it("also after the end; empty, over 300 characters or stale refused, with nothing sent", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), { status: "refunded", deadlineAt: null });
    await message(db, ctx, { ticketId: t.id, version: 1, text: "退款已原路退回，请注意查收" });
    const e1 = await domainError(message(db, ctx, { ticketId: t.id, version: 1, text: "  " }));
    expect(e1).toMatchObject({ code: "INVALID_INPUT", message: "消息不能为空" });
    const e2 = await domainError(message(db, ctx, { ticketId: t.id, version: 1, text: "字".repeat(301) }));
    expect(e2).toMatchObject({ code: "INVALID_INPUT", message: "消息不能超过 300 个字" });
    const e3 = await domainError(message(db, ctx, { ticketId: t.id, version: 2, text: "您好" }));
    expect(e3.code).toBe("TICKET_VERSION_CONFLICT");
    const { events, outbox } = await traces(db, t.id);
    expect([events.length, outbox.length]).toEqual([1, 1]);
  });
});

describe("classify (注册记录)", () => {
  it("records the root cause, also after the end", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), { status: "refunded", deadlineAt: null });
    await classify(db, ctx, { ticketId: t.id, version: 1, rootCause: "size" });
    const { ticket, events } = await traces(db, t.id);
    expect(ticket).toMatchObject({ rootCause: "size", status: "refunded", version: 2 });
    expect(events).toMatchObject([{ action: "classify", data: { from: null, to: "size" } }]);
  });

  it("an unknown root cause is bad input", async () => {
    const t = await fresh();
    const e = await domainError(classify(db, ctx, { ticketId: t.id, version: 1, rootCause: "weather" as "size" }));
    expect(e).toMatchObject({ code: "INVALID_INPUT", details: { field: "rootCause" } });
  });
});
