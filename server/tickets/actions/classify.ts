// 注册记录 (SPEC §4 Records): the ticket's root cause (product, size, logistics, description, buyer), so product
// and shipping problems show up by SKU. Allowed on ended tickets too.
import type { DbOrTx } from "../../../db/client";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type ClassifyInput, classifyInput } from "./schemas";

export async function classify(db: DbOrTx, ctx: ActionCtx, raw: ClassifyInput): Promise<ActionResult> {
  const input = parseInput(classifyInput, raw);
  return actOnTicket(db, ctx, input, "classify", {
    change: ({ ticket }) => ({
      data: { from: ticket.rootCause, to: input.rootCause },
      set: { rootCause: input.rootCause },
    }),
  });
}
