// 设置 → 成员与权限: the shop's members, oldest first, for every member of the shop to see (the controls are the
// owner's and 设置权限's; the page asks rules.ts which ones to show).
import type { DbOrTx } from "../../db/client";
import { listQuery } from "./store";

export async function listShopMembers(db: DbOrTx, ctx: { shopId: string; member: { id: string } }) {
  const rows = await listQuery(db, ctx.shopId);
  return { members: rows, meId: ctx.member.id };
}
