// 退款 outside review: 拒收后退款 / 拦截中 (agree without waiting), 退货退款 before the goods arrive, 平台介入中
// (concede), 补发 refunded instead of reissued (platform ruling: "refund the missing value"). Money moves once:
// the refunds row's unique index guards it whatever the race.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type RefundInput, refundInput } from "./schemas";

export async function refund(db: DbOrTx, ctx: ActionCtx, raw: RefundInput): Promise<ActionResult> {
  const input = parseInput(refundInput, raw);
  return actOnTicket(db, ctx, input, "refund", {
    change: ({ ticket }) => ({ platformAction: { action: "refund", payload: { from: ticket.status } } }),
  });
}
