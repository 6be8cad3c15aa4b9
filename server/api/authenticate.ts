// Who is calling the Open API: `Authorization: Bearer <key>` → the key's shop, scope and acting member. The shop
// always comes from the key, never from the request (STYLE: the shop comes from the session), so a key sees one
// shop only.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { members, shops } from "../../db/schema";
import { shopNow } from "../clock";
import { DomainError } from "../errors";
import type { ActionCtx, ActionMember } from "../tickets/actions/context";
import { type ApiScope, hashApiKey, looksLikeApiKey } from "./keys";
import { retryAfterSeconds, takeToken } from "./rate-limit";

export type ApiPrincipal = ActionCtx & {
  keyId: string;
  keyName: string;
  scope: ApiScope;
  rate: { limit: number; remaining: number };
};

/** How the key's changes read on the timeline: the key's name, marked as coming through the Open API. */
export const apiActorName = (keyName: string) => `开放接口·${keyName}`;

const unauthorized = (message: string) => new DomainError("UNAUTHORIZED", message, { field: "Authorization" });

export async function authenticate(db: DbOrTx, headers: Headers): Promise<ApiPrincipal> {
  const header = headers.get("authorization");
  if (!header) throw unauthorized("缺少 Authorization 请求头，格式为 Bearer <API 密钥>");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !looksLikeApiKey(match[1])) throw unauthorized("Authorization 格式应为 Bearer <API 密钥>");
  const bucket = await takeToken(db, hashApiKey(match[1]));
  if (!bucket) throw unauthorized("API 密钥无效或已吊销");
  if (!bucket.allowed) {
    const retry = retryAfterSeconds(bucket);
    throw new DomainError(
      "RATE_LIMITED",
      `请求过于频繁：每个密钥每分钟最多 ${bucket.ratePerMinute} 次，请 ${retry} 秒后重试`,
      {
        params: { retryAfterSeconds: retry, limitPerMinute: bucket.ratePerMinute },
      },
    );
  }
  // The key acts with its creator's permissions; a creator who left the shop takes the key's power along.
  const [row] = await db
    .select({ member: members, sandbox: shops.sandbox })
    .from(members)
    .innerJoin(shops, eq(shops.id, members.shopId))
    .where(and(eq(members.id, bucket.createdBy), eq(members.shopId, bucket.shopId)));
  if (!row) throw unauthorized("API 密钥的创建人已不是店铺成员，请重新创建密钥");
  const member: ActionMember = {
    id: row.member.id,
    shopId: row.member.shopId,
    displayName: apiActorName(bucket.name),
    role: row.member.role,
    canHandleAfterSales: row.member.canHandleAfterSales,
  };
  // `now` is the app clock, like shopProcedure's: in sandbox mode it runs ahead of the wall clock.
  const now = await shopNow(db, { sandbox: row.sandbox });
  return {
    shopId: bucket.shopId,
    member,
    now,
    keyId: bucket.keyId,
    keyName: bucket.name,
    scope: bucket.scope,
    rate: { limit: bucket.ratePerMinute, remaining: bucket.remaining },
  };
}

/** A read-scoped key may look, never act. */
export function requireScope(p: ApiPrincipal, needed: ApiScope): void {
  if (needed === "act" && p.scope !== "act") {
    throw new DomainError("FORBIDDEN", "该密钥只有只读权限，不能操作售后单", { field: "Authorization" });
  }
}
