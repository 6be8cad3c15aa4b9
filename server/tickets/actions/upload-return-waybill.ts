// 帮买家上传退货单号 (SPEC §4): the merchant enters the buyer's return carrier + waybill in 待买家退货 and the
// ticket moves on as if the buyer had submitted it (10 d for the merchant to confirm receipt).
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type UploadReturnWaybillInput, uploadReturnWaybillInput } from "./schemas";

export async function uploadReturnWaybill(
  db: DbOrTx,
  ctx: ActionCtx,
  raw: UploadReturnWaybillInput,
): Promise<ActionResult> {
  const input = parseInput(uploadReturnWaybillInput, raw);
  const carrier = input.carrier.trim();
  const waybill = input.waybill.trim();
  return actOnTicket(db, ctx, input, "upload_return_waybill", {
    input: { carrier, waybill },
    change: () => ({
      data: { carrier, waybill },
      set: { returnCarrier: carrier, returnWaybill: waybill, returnStatus: "shipped", returnShippedAt: ctx.now },
      platformAction: { action: "upload_return_waybill", payload: { carrier, waybill } },
    }),
  });
}
