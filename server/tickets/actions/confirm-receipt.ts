// 确认收货 (SPEC §3 待商家收货): 退货退款 refunds; 换货 starts the reship clock (待换货发出).
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type ConfirmReceiptInput, confirmReceiptInput } from "./schemas";

export async function confirmReceipt(db: DbOrTx, ctx: ActionCtx, raw: ConfirmReceiptInput): Promise<ActionResult> {
  const input = parseInput(confirmReceiptInput, raw);
  return actOnTicket(db, ctx, input, "confirm_receipt", {
    change: ({ ticket }) => ({
      data: { returnStatus: ticket.returnStatus },
      platformAction: { action: "confirm_receipt", payload: { type: ticket.type } },
    }),
  });
}
