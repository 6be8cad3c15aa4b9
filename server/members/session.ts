import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, session } from "../../db/schema";
import { runsInSandbox } from "../clock";
import { DomainError } from "../errors";
import { resolveMember } from "../trpc";

/**
 * Who is signed in, the shop they work in now, and every shop they belong to. `sandboxControls`: the /api/sandbox/*
 * routes exist for this shop (sandbox mode on and a sandbox shop), so the shell may offer them.
 */
export async function whoAmI(db: Db, userId: string, activeShopId: string | null | undefined) {
  const { chosen, all } = await resolveMember(db, userId, activeShopId);
  return {
    member: chosen ? { ...chosen.member } : null,
    shop: chosen
      ? {
          id: chosen.shop.id,
          name: chosen.shop.name,
          sandbox: chosen.shop.sandbox,
          sandboxControls: runsInSandbox(chosen.shop),
        }
      : null,
    shops: all.map((m) => ({ id: m.shop.id, name: m.shop.name, role: m.member.role })),
  };
}

/** Switches the session's shop; only to a shop the user is a member of. */
export async function switchShop(db: Db, userId: string, sessionId: string, shopId: string) {
  const [m] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.userId, userId), eq(members.shopId, shopId)));
  if (!m) throw new DomainError("FORBIDDEN", "你不是该店铺的成员，无法切换");
  await db.update(session).set({ activeShopId: shopId }).where(eq(session.id, sessionId));
  return { shopId };
}

export async function listMembers(db: Db, shopId: string) {
  return db
    .select({ id: members.id, displayName: members.displayName, role: members.role })
    .from(members)
    .where(eq(members.shopId, shopId))
    .orderBy(members.displayName);
}
