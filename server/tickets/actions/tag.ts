// 标签: add and remove tags (trimmed, at most 10 of at most 16 characters). Computed on the locked row so two
// agents tagging at once never lose each other's tags (the second gets a version conflict).
import type { DbOrTx } from "../../../db/client";
import { DomainError } from "../../errors";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type TagInput, tagInput, tagMaxCount } from "./schemas";

export async function tag(db: DbOrTx, ctx: ActionCtx, raw: TagInput): Promise<ActionResult> {
  const input = parseInput(tagInput, raw);
  const remove = new Set(input.remove);
  return actOnTicket(db, ctx, input, "tag", {
    change: ({ ticket }) => {
      const kept = ticket.tags.filter((t) => !remove.has(t));
      const tags = [...new Set([...kept, ...input.add])];
      if (tags.length > tagMaxCount) {
        throw new DomainError("INVALID_INPUT", `每个售后单最多 ${tagMaxCount} 个标签`, { field: "add" });
      }
      const added = tags.filter((t) => !ticket.tags.includes(t));
      const removed = ticket.tags.filter((t) => !tags.includes(t));
      return { data: { added, removed }, set: { tags } };
    },
  });
}
