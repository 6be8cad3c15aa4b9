// 设置 → 成员与权限 through the tRPC router on a real database: adding an existing account or a new one (which then
// signs in with the owner's initial password), changing role and permissions, removing — each seen at once by the
// member's next request (forgetMemberships), nothing left half-done.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { account, members, ticketEvents, tickets, uploads, user } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { auth } from "../auth";
import { DomainError } from "../errors";
import { createOrder, createShop, createTicket, type ShopFixture } from "../tickets/actions/test-fixtures";
import { saveUpload } from "../uploads/uploads";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);
const agentGrants = { role: "agent", canHandleAfterSales: true, canManageStrategies: false, canManageSettings: false };
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const emailOf = async (userId: string) =>
  (await db.select({ email: user.email }).from(user).where(eq(user.id, userId)))[0]?.email ?? "";

describe("listing", () => {
  it("every member of the shop sees its members, with email, role, permissions and version", async () => {
    const f = await createShop(db);
    const out = await as(f, f.viewer).members.list();
    expect(out.meId).toBe(f.viewer.id);
    expect(out.members.map((m) => m.displayName)).toEqual(["店主老王", "客服小李", "客服小赵", "主管阿芳"]);
    expect(out.members[1]).toMatchObject({
      id: f.handler.id,
      email: await emailOf(f.handler.userId),
      role: "agent",
      canHandleAfterSales: true,
      canManageSettings: false,
      version: 1,
    });
    expect(out.members[1]?.createdAt).toBeInstanceOf(Date);
  });
});

describe("adding a member by email", () => {
  it("an existing account joins as it is: now in both shops, its password untouched", async () => {
    const a = await createShop(db);
    const b = await createShop(db);
    const email = await emailOf(b.viewer.userId);
    const passwordBefore = await db.select().from(account).where(eq(account.userId, b.viewer.userId));
    // A (mixed-case, spaced) email finds the account; a password typed anyway is not applied to it.
    const out = await as(a, a.owner).members.add({
      email: `  ${email.toUpperCase()} `,
      displayName: "借调的小赵",
      password: "some-new-password",
      ...agentGrants,
    } as never);
    expect(out.createdAccount).toBe(false);
    expect(out.member).toMatchObject({ displayName: "借调的小赵", email, role: "agent", canHandleAfterSales: true });
    const shopsOf = await db
      .select({ shopId: members.shopId })
      .from(members)
      .where(eq(members.userId, b.viewer.userId));
    expect(shopsOf.map((m) => m.shopId).sort()).toEqual([a.shopId, b.shopId].sort());
    expect(await db.select().from(account).where(eq(account.userId, b.viewer.userId))).toEqual(passwordBefore);
    // Works in the new shop on their very next request.
    expect((await caller(b.viewer.userId, a.shopId).members.list()).meId).toBe(out.member.id);
  });

  it("a new email gets a better-auth account that signs in with the owner's initial password", async () => {
    const f = await createShop(db);
    const email = `new.${f.shopId}@Example.com`;
    const out = await as(f, f.owner).members.add({
      email,
      displayName: "新客服小周",
      password: "init-pass-123",
      role: "lead",
      canHandleAfterSales: false,
      canManageStrategies: false,
      canManageSettings: true,
    });
    expect(out.createdAccount).toBe(true);
    expect(out.member).toMatchObject({ email: email.toLowerCase(), role: "lead", canManageSettings: true, version: 1 });
    const signedIn = await auth().api.signInEmail({ body: { email: email.toLowerCase(), password: "init-pass-123" } });
    expect(signedIn.user.email).toBe(email.toLowerCase());
    expect(signedIn.user.name).toBe("新客服小周");
    const wrong = auth().api.signInEmail({ body: { email: email.toLowerCase(), password: "not-the-password" } });
    await expect(wrong).rejects.toThrow();
    // The new account is a member of this shop only.
    const rows = await db.select().from(members).where(eq(members.userId, signedIn.user.id));
    expect(rows.map((m) => m.shopId)).toEqual([f.shopId]);
  });

  it("refuses with a specific error, and creates nothing", async () => {
    const f = await createShop(db);
    const api = as(f, f.owner);
    const usersBefore = (await db.select({ id: user.id }).from(user)).length;
    const membersBefore = (await db.select({ id: members.id }).from(members)).length;
    const refused = async (input: Record<string, unknown>) => {
      const e = await trpcError(api.members.add({ displayName: "某人", ...agentGrants, ...input } as never));
      const cause = e.cause;
      return {
        code: e.code,
        reason: cause instanceof DomainError ? cause.details.reason : undefined,
        field: cause instanceof ZodError ? cause.issues[0]?.path.join(".") : undefined,
        message: e.message,
      };
    };
    const already = await refused({ email: await emailOf(f.handler.userId) });
    expect(already).toMatchObject({ code: "UNPROCESSABLE_CONTENT", reason: "ALREADY_MEMBER" });
    expect(already.message).toContain("已是本店成员");
    expect(await refused({ email: "not-an-email", password: "long-enough-1" })).toMatchObject({
      code: "BAD_REQUEST",
      field: "email",
    });
    expect(await refused({ email: `short.${f.shopId}@example.com`, password: "1234567" })).toMatchObject({
      code: "BAD_REQUEST",
      field: "password",
      message: expect.stringContaining("初始密码至少 8 位"),
    });
    expect(await refused({ email: `nopass.${f.shopId}@example.com` })).toMatchObject({
      code: "BAD_REQUEST",
      reason: "PASSWORD_REQUIRED",
    });
    expect(
      await refused({ email: `noname.${f.shopId}@example.com`, password: "long-enough-1", displayName: "  " }),
    ).toMatchObject({ code: "BAD_REQUEST", field: "displayName" });
    expect((await db.select({ id: user.id }).from(user)).length).toBe(usersBefore);
    expect((await db.select({ id: members.id }).from(members)).length).toBe(membersBefore);
  });
});

describe("changing role and permissions", () => {
  it("saves the new role and permissions, bumps the version; the member's next read sees them", async () => {
    const f = await createShop(db);
    const viewer = as(f, f.viewer);
    expect((await viewer.strategies.overview()).canManage).toBe(false); // now cached for reads
    const changed = await as(f, f.owner).members.update({
      memberId: f.viewer.id,
      version: 1,
      role: "agent",
      canHandleAfterSales: true,
      canManageStrategies: true,
      canManageSettings: false,
    });
    expect(changed).toMatchObject({
      id: f.viewer.id,
      canHandleAfterSales: true,
      canManageStrategies: true,
      version: 2,
    });
    expect((await viewer.strategies.overview()).canManage).toBe(true);
    // A role change: the lead's role gives 策略管理 and 售后处理 (rules.ts), whatever the switches say.
    const promoted = await as(f, f.owner).members.update({
      memberId: f.viewer.id,
      version: 2,
      ...agentGrants,
      role: "lead",
    });
    expect(promoted).toMatchObject({ role: "lead", version: 3 });
    const [row] = await db.select().from(members).where(eq(members.id, f.viewer.id));
    expect(row).toMatchObject({ role: "lead", canHandleAfterSales: true, canManageStrategies: false, version: 3 });
    expect((await viewer.strategies.overview()).canManage).toBe(true);
  });
});

describe("removing a member", () => {
  it("removes them from this shop only: access ends at once, the account, their uploads and tickets stay", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    await db.insert(members).values({
      id: `m_${f.handler.id}_g`,
      shopId: g.shopId,
      userId: f.handler.userId,
      displayName: "小李",
      role: "agent",
    });
    const ticket = await createTicket(db, f, await createOrder(db, f), { assigneeId: f.handler.id });
    const upload = await saveUpload(db, { shopId: f.shopId, memberId: f.handler.id }, png);
    const handlerInF = caller(f.handler.userId, f.shopId);
    expect((await handlerInF.members.list()).meId).toBe(f.handler.id); // cached for reads

    expect(await as(f, f.owner).members.remove({ memberId: f.handler.id, version: 1 })).toEqual({
      id: f.handler.id,
      displayName: "客服小李",
    });
    expect(await db.select().from(members).where(eq(members.id, f.handler.id))).toEqual([]);
    // Their session falls back to the shop they still belong to; shop f's data is gone for them at once.
    expect((await handlerInF.members.list()).meId).toBe(`m_${f.handler.id}_g`);
    expect((await db.select().from(user).where(eq(user.id, f.handler.userId))).length).toBe(1);
    expect((await db.select().from(uploads).where(eq(uploads.id, upload.id)))[0]?.memberId).toBeNull();
    const [t] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(t).toMatchObject({ assigneeId: null, version: ticket.version + 1, updatedByName: "店主老王" });
    // Unassigned in the open, as 取消指派 would be: by the owner, on the ticket's timeline.
    const [entry] = await db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.action, "assign")));
    expect(entry).toMatchObject({
      actorKind: "agent",
      actorId: f.owner.id,
      actorName: "店主老王",
      fromStatus: ticket.status,
      toStatus: ticket.status,
      why: "客服小李 已移出店铺，取消指派",
      data: { from: f.handler.id, to: null, toName: null },
    });
  });

  it("a member of no other shop is refused everything at once", async () => {
    const f = await createShop(db);
    const viewer = as(f, f.viewer);
    await viewer.tickets.list({});
    await as(f, f.owner).members.remove({ memberId: f.viewer.id, version: 1 });
    expect((await trpcError(viewer.tickets.list({}))).code).toBe("FORBIDDEN");
  });
});
