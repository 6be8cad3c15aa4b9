// 指派: give the ticket to a member of the same shop, or unassign (null). Not on ended tickets.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { members } from "../../../db/schema";
import { DomainError } from "../../errors";
import { forgetWorkload } from "../../metrics/agents";
import { type ActionCtx, type ActionResult, actOnTicket, parseInput } from "./context";
import { type AssignInput, assignInput } from "./schemas";

export async function assign(db: DbOrTx, ctx: ActionCtx, raw: AssignInput): Promise<ActionResult> {
  const input = parseInput(assignInput, raw);
  const result = await actOnTicket(db, ctx, input, "assign", {
    change: async ({ ticket, tx }) => {
      let toName: string | null = null;
      if (input.assigneeId !== null) {
        const [m] = await tx
          .select({ name: members.displayName })
          .from(members)
          .where(and(eq(members.id, input.assigneeId), eq(members.shopId, ctx.shopId)));
        if (!m) throw new DomainError("INVALID_INPUT", "只能指派给本店成员", { field: "assigneeId" });
        toName = m.name;
      }
      return {
        why: toName ? `指派给 ${toName}` : "取消指派",
        data: { from: ticket.assigneeId, to: input.assigneeId, toName },
        set: { assigneeId: input.assigneeId },
      };
    },
  });
  forgetWorkload(); // 客服's 当前工作量 shows the new assignee at once, not after its cache expires
  return result;
}
