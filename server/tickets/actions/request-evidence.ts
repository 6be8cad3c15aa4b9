// 请买家举证 (SPEC §3 "Do not reject straight away when proof is needed"): asked once; the buyer has 72 h
// (assumption) before the ticket returns to 待商家处理.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type RequestEvidenceInput, requestEvidenceInput } from "./schemas";

export async function requestEvidence(db: DbOrTx, ctx: ActionCtx, raw: RequestEvidenceInput): Promise<ActionResult> {
  const input = parseInput(requestEvidenceInput, raw);
  const message = input.message || null;
  return actOnTicket(db, ctx, input, "request_evidence", {
    change: () => ({
      why: message,
      platformAction: { action: "request_evidence", payload: message ? { message } : {} },
    }),
  });
}
