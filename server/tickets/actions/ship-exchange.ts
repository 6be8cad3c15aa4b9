// 换货发出 (SPEC §3 待换货发出): the merchant ships the replacement with a waybill; after 48 h (assumption) it is
// still allowed but flagged late.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type ShipExchangeInput, shipExchangeInput } from "./schemas";

export async function shipExchange(db: DbOrTx, ctx: ActionCtx, raw: ShipExchangeInput): Promise<ActionResult> {
  const input = parseInput(shipExchangeInput, raw);
  const carrier = input.carrier.trim();
  const waybill = input.waybill.trim();
  return actOnTicket(db, ctx, input, "ship_exchange", {
    input: { carrier, waybill },
    change: ({ transition }) => ({
      data: { carrier, waybill, ...(transition.lateFlag ? { late: true } : {}) },
      set: { reshipCarrier: carrier, reshipWaybill: waybill },
      platformAction: { action: "ship_exchange", payload: { carrier, waybill } },
    }),
  });
}
