// 填写补发单号 (SPEC §3 待补发): the merchant ships the missing item within 24 h with a waybill; shipping after
// the limit still completes the ticket but counts as 延迟发货 (the rules set the late flag).
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type ProvideReissueWaybillInput, provideReissueWaybillInput } from "./schemas";

export async function provideReissueWaybill(
  db: DbOrTx,
  ctx: ActionCtx,
  raw: ProvideReissueWaybillInput,
): Promise<ActionResult> {
  const input = parseInput(provideReissueWaybillInput, raw);
  const carrier = input.carrier.trim();
  const waybill = input.waybill.trim();
  return actOnTicket(db, ctx, input, "provide_reissue_waybill", {
    input: { carrier, waybill },
    change: ({ transition }) => ({
      data: { carrier, waybill, ...(transition.lateFlag ? { late: true } : {}) },
      set: { reshipCarrier: carrier, reshipWaybill: waybill },
      platformAction: { action: "provide_reissue_waybill", payload: { carrier, waybill } },
    }),
  });
}
