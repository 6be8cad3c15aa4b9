// 批量操作 (SPEC §4 Batch work): approve, reject with one reason, confirm receipt, assign, tag, message the buyers. Each ticket is its
// own transaction through the same verb an agent uses one by one, and every ticket gets a result: never silently
// partial. Unexpected failures are reported per ticket too, so the caller always sees the whole picture.
import type { Db } from "../../../db/client";
import { DomainError } from "../../errors";
import { approve } from "./approve";
import { assign } from "./assign";
import { confirmReceipt } from "./confirm-receipt";
import { type ActionCtx, type ActionResult, parseInput } from "./context";
import { message } from "./note";
import { reject } from "./reject";
import { type BatchActionName, type BatchInput, batchInput } from "./schemas";
import { tag } from "./tag";

export type BatchItemResult =
  | { ticketId: number; ok: true; version: number }
  | { ticketId: number; ok: false; code: string; message: string; reason?: string };

/** Tickets processed at once: enough to hide round trips, few enough to leave the pool to the agents. */
const concurrency = 4;

/** `db` is the database, not a transaction: each ticket commits (or fails) on its own. */
export async function batchAction(db: Db, ctx: ActionCtx, raw: BatchInput): Promise<BatchItemResult[]> {
  const input = parseInput(batchInput, raw);
  const one = (ref: { ticketId: number; version: number }): Promise<ActionResult> => {
    const verbs: Record<BatchActionName, () => Promise<ActionResult>> = {
      approve: () => approve(db, ctx, ref),
      reject: () => reject(db, ctx, { ...ref, rejectReason: input.rejectReason, evidence: input.evidence }),
      confirm_receipt: () => confirmReceipt(db, ctx, ref),
      assign: () => assign(db, ctx, { ...ref, assigneeId: input.assigneeId ?? null }),
      tag: () => tag(db, ctx, { ...ref, add: input.add, remove: input.remove }),
      message: () => message(db, ctx, { ...ref, text: input.text ?? "" }),
    };
    return verbs[input.action]();
  };
  const results: BatchItemResult[] = new Array(input.ticketIds.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < input.ticketIds.length; i = next++) {
      const { id, version } = input.ticketIds[i];
      try {
        const r = await one({ ticketId: id, version });
        results[i] = { ticketId: id, ok: true, version: r.ticket.version };
      } catch (e) {
        if (!(e instanceof DomainError)) console.error("batchAction", input.action, id, e);
        results[i] =
          e instanceof DomainError
            ? { ticketId: id, ok: false, code: e.code, message: e.message, reason: e.details.reason }
            : { ticketId: id, ok: false, code: "INTERNAL_ERROR", message: "操作失败，请稍后再试" };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, input.ticketIds.length) }, worker));
  return results;
}
