// What both /api/sandbox/* routes check first: sandbox mode is on (else they do not exist: 404), and a signed-in
// member of a shop the sandbox platform plays — the shop from the session, never from the client (STYLE: the shop
// comes from the session). A shop connected to a real platform cannot have its clock moved or fake traffic made.
import { z } from "zod";
import { getDb } from "../../db/client";
import { auth } from "../auth";
import { runsInSandbox } from "../clock";
import { env } from "../env";
import { DomainError } from "../errors";
import { resolveMember } from "../trpc";

/** `{ advanceMinutes }`: how far to move the app clock, at most 60 days. */
export const advanceClockInput = z.object({
  advanceMinutes: z
    .number()
    .positive()
    .max(60 * 24 * 60),
});
/** `{ count, seed? }`: how many buyer activities to generate for the member's shop. */
export const sandboxActivityInput = z.object({
  count: z.number().int().min(1).max(200),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
});

export const sandboxEnabled = () => env().SANDBOX === "1";
export const notFound = () => new Response("Not Found", { status: 404 });

/** The signed-in member, when their active shop runs in the sandbox; else UNAUTHORIZED / NO_SHOP / FORBIDDEN. */
export async function sandboxMember(req: Request) {
  const db = getDb();
  const s = await auth().api.getSession({ headers: req.headers });
  if (!s) throw new DomainError("UNAUTHORIZED", "请先登录");
  const activeShopId = (s.session as { activeShopId?: string | null }).activeShopId;
  const { chosen } = await resolveMember(db, s.user.id, activeShopId);
  if (!chosen) throw new DomainError("NO_SHOP", "你还不是任何店铺的成员");
  if (!runsInSandbox(chosen.shop)) throw new DomainError("FORBIDDEN", "该店铺已连接真实平台，不能使用沙箱功能");
  return { db, member: chosen.member, shop: chosen.shop };
}
