// What the member verbs share: the shop's member rows read and locked together, so two changes to the same shop's
// members run one after the other — the version check and the "keep one owner" count are then always taken on what
// is really there (two owners demoting each other at once cannot leave the shop without one).
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client";
import { members, user } from "../../db/schema";
import { memberError } from "./errors";
import { forgetMemberships } from "./membership-cache";
import { canManageMembers, type MemberState } from "./rules";

export type MemberRow = typeof members.$inferSelect;
/** The session's shop and member (shopProcedure reads the member fresh for every mutation). */
export type MembersCtx = { shopId: string; member: MemberRow; now: Date };

/**
 * Locks the shop's members (FOR NO KEY UPDATE: ticket writes that only reference a member are not held up) and
 * returns them with the acting member as stored now. The actor must still be a member with 设置权限.
 */
export async function lockMembers(tx: Tx, ctx: MembersCtx): Promise<{ rows: MemberRow[]; actor: MemberRow }> {
  const rows = await tx
    .select()
    .from(members)
    .where(eq(members.shopId, ctx.shopId))
    .orderBy(asc(members.id))
    .for("no key update");
  const actor = rows.find((m) => m.id === ctx.member.id);
  if (!actor || !canManageMembers(actor)) throw memberError("NO_SETTINGS_PERMISSION");
  return { rows, actor };
}

/** The member of this shop that a change names, at the version the page showed. */
export function targetOf(rows: MemberRow[], ref: { memberId: string; version: number }): MemberRow {
  const target = rows.find((m) => m.id === ref.memberId);
  if (!target) throw memberError("MEMBER_NOT_FOUND");
  if (target.version !== ref.version) throw memberError("MEMBER_VERSION_CONFLICT");
  return target;
}

export const ownerCount = (rows: readonly MemberState[]) => rows.filter((m) => m.role === "owner").length;

/** Runs a change to the shop's members in one transaction; once committed, cached memberships are dropped. */
export async function changeMembers<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const out = await db.transaction(fn);
  forgetMemberships();
  return out;
}

/** One member as the page shows it. */
export async function memberView(db: DbOrTx, shopId: string, memberId: string) {
  const [row] = await listQuery(db, shopId, memberId);
  if (!row) throw memberError("MEMBER_NOT_FOUND");
  return row;
}

export function listQuery(db: DbOrTx, shopId: string, memberId?: string) {
  return db
    .select({
      id: members.id,
      displayName: members.displayName,
      email: user.email,
      role: members.role,
      canHandleAfterSales: members.canHandleAfterSales,
      canManageStrategies: members.canManageStrategies,
      canManageSettings: members.canManageSettings,
      version: members.version,
      createdAt: members.createdAt,
    })
    .from(members)
    .innerJoin(user, eq(user.id, members.userId))
    .where(memberId ? and(eq(members.shopId, shopId), eq(members.id, memberId)) : eq(members.shopId, shopId))
    .orderBy(asc(members.createdAt), asc(members.id));
}
