// 物流拦截 (SPEC §4): only when all 8 conditions hold (the refusal names the failing one); the carrier has
// 72 h (assumption) before the ticket returns to 待商家处理 with the failure noted.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type RequestInterceptionInput, requestInterceptionInput } from "./schemas";

export async function requestInterception(
  db: DbOrTx,
  ctx: ActionCtx,
  raw: RequestInterceptionInput,
): Promise<ActionResult> {
  const input = parseInput(requestInterceptionInput, raw);
  return actOnTicket(db, ctx, input, "request_interception", {
    change: ({ loaded }) => ({
      data: { carrier: loaded.order.carrier, waybill: loaded.order.waybill },
      platformAction: {
        action: "request_interception",
        payload: { carrier: loaded.order.carrier, waybill: loaded.order.waybill },
      },
    }),
  });
}
