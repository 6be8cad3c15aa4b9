// 同意拒收后退款 (SPEC §3/§4): 仅退款 on a collected, normally moving parcel. The merchant contacts the carrier or
// buyer within 3 days; the refund is automatic after 5 days or as soon as logistics shows 拒收/退回.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type AgreeRefusalRefundInput, agreeRefusalRefundInput } from "./schemas";

export async function agreeRefusalRefund(
  db: DbOrTx,
  ctx: ActionCtx,
  raw: AgreeRefusalRefundInput,
): Promise<ActionResult> {
  const input = parseInput(agreeRefusalRefundInput, raw);
  return actOnTicket(db, ctx, input, "agree_refusal_refund", {
    change: ({ loaded }) => ({
      platformAction: { action: "agree_refusal_refund", payload: { waybill: loaded.order.waybill } },
    }),
  });
}
