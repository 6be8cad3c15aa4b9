// The member behind a browser request to a plain route handler (uploads, export): session → active shop's member.
import type { Db } from "../db/client";
import { auth } from "./auth";
import { DomainError } from "./errors";
import { resolveMember } from "./trpc";

export async function memberOfRequest(db: Db, req: Request) {
  const s = await auth().api.getSession({ headers: req.headers });
  if (!s) throw new DomainError("UNAUTHORIZED", "请先登录");
  const { chosen } = await resolveMember(db, s.user.id, (s.session as { activeShopId?: string | null }).activeShopId);
  if (!chosen) throw new DomainError("NO_SHOP", "你还不是任何店铺的成员");
  return chosen;
}
