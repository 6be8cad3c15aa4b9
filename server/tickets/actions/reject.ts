// 拒绝 (SPEC §3 Terminal): always with a reason; post-shipment 仅退款 needs proof that interception or recall
// failed, a signed return needs proof of the goods. The rules decide; the buyer may re-apply or escalate.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type RejectInput, rejectInput } from "./schemas";

export async function reject(db: DbOrTx, ctx: ActionCtx, raw: RejectInput): Promise<ActionResult> {
  const input = parseInput(rejectInput, raw);
  const reason = input.rejectReason.trim();
  const evidence = input.evidence.filter((e) => e !== "");
  return actOnTicket(db, ctx, input, "reject", {
    input: { rejectReason: input.rejectReason, evidence },
    change: () => ({
      why: reason,
      data: evidence.length ? { evidence } : {},
      set: { rejectReason: reason },
      platformAction: { action: "reject", payload: { reason, evidence } },
    }),
  });
}
