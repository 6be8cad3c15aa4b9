// Add a member by email (设置 → 成员与权限). An email that already has an account joins this shop as it is — one
// account can belong to several shops, and its password is never touched here. Otherwise the account is created
// with the initial password the owner typed (better-auth's credential account, so it signs in as any other) and
// added, all in one transaction: no account is left behind without its membership.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { account, members, user } from "../../db/schema";
import { auth } from "../auth";
import { actorOf } from "../settings-audit/areas";
import { describeMemberAdded } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import { memberError } from "./errors";
import { decideAdd } from "./rules";
import { type AddMemberInput, addMemberInput } from "./schemas";
import { changeMembers, lockMembers, type MembersCtx, memberView } from "./store";

const accountOf = async (db: Db | Tx, email: string): Promise<{ id: string } | undefined> =>
  (await db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0];

export async function addMember(db: Db, ctx: MembersCtx, raw: AddMemberInput) {
  const { email, displayName, password, ...grants } = parseInput(addMemberInput, raw);
  const early = decideAdd(ctx.member, grants); // before any hashing: a refused caller costs nothing
  if (!early.ok) throw memberError(early.code, early.params);
  // Hashing is slow on purpose: done before the transaction, so the shop's members are not locked meanwhile.
  const authCtx = await auth().$context;
  const hash = !(await accountOf(db, email)) && password ? await authCtx.password.hash(password) : null;
  const added = await changeMembers(db, async (tx) => {
    const { rows, actor } = await lockMembers(tx, ctx);
    const decision = decideAdd(actor, grants);
    if (!decision.ok) throw memberError(decision.code, decision.params);
    let existing = await accountOf(tx, email);
    let createdAccount = false;
    if (!existing) {
      if (!hash) throw memberError("PASSWORD_REQUIRED", {}, "password");
      existing = await createAccount(tx, email, displayName, hash);
      createdAccount = !!existing;
      // Created by someone else a moment ago: it joins as an existing account.
      existing ??= await accountOf(tx, email);
      if (!existing) throw memberError("PASSWORD_REQUIRED", {}, "password");
    }
    const userId = existing.id;
    if (rows.some((m) => m.userId === userId)) throw memberError("ALREADY_MEMBER", { email }, "email");
    const [row] = await tx
      .insert(members)
      .values({
        id: `mem_${randomUUID().replaceAll("-", "").slice(0, 16)}`,
        shopId: ctx.shopId,
        userId,
        displayName,
        ...grants,
      })
      .onConflictDoNothing() // added by a change that committed while this one waited for the lock
      .returning({ id: members.id });
    if (!row) throw memberError("ALREADY_MEMBER", { email }, "email");
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(actor),
      area: "members",
      action: "member.add",
      summary: describeMemberAdded(displayName, grants),
      data: { memberId: row.id, name: displayName, email, createdAccount, after: grants },
    });
    return { id: row.id, createdAccount };
  });
  return { member: await memberView(db, ctx.shopId, added.id), createdAccount: added.createdAccount };
}

/** better-auth's shape of an email + password account: the user and its credential account, keyed by user id. */
async function createAccount(tx: Tx, email: string, name: string, hash: string): Promise<{ id: string } | undefined> {
  const id = randomUUID().replaceAll("-", "");
  const [created] = await tx
    .insert(user)
    .values({ id, name, email, emailVerified: false })
    .onConflictDoNothing({ target: user.email })
    .returning({ id: user.id });
  if (!created) return undefined;
  await tx.insert(account).values({
    id: randomUUID().replaceAll("-", ""),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: hash,
  });
  return created;
}
