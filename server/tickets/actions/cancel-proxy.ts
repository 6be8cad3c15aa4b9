// 取消代客发起售后 (SPEC §4): the agent withdraws the card before the buyer confirms; the buyer then sees
// 商家已取消代客发起售后. No 售后处理权限 needed.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type CancelProxyInput, cancelProxyInput } from "./schemas";

export async function cancelProxy(db: DbOrTx, ctx: ActionCtx, raw: CancelProxyInput): Promise<ActionResult> {
  const input = parseInput(cancelProxyInput, raw);
  return actOnTicket(db, ctx, input, "cancel_proxy", {
    change: () => ({
      why: "商家已取消代客发起售后",
      platformAction: { action: "cancel_proxy", payload: {} },
    }),
  });
}
