// 同意 (SPEC §3 待商家处理): 仅退款 refunds at once; 退货退款/换货 wait for the buyer's return (10 d);
// 补发 starts the 24 h reissue clock. Needs 售后处理权限 (SPEC §1).
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type ApproveInput, approveInput } from "./schemas";

export async function approve(db: DbOrTx, ctx: ActionCtx, raw: ApproveInput): Promise<ActionResult> {
  const input = parseInput(approveInput, raw);
  return actOnTicket(db, ctx, input, "approve", {
    change: ({ ticket, transition }) => ({
      set: { approvedAt: ctx.now },
      platformAction: { action: "approve", payload: { type: ticket.type, to: transition.to } },
    }),
  });
}
