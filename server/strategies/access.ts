// Who may change 售后助手: members with canManageStrategies (owner and lead in the demo); everyone else views.
import type { members } from "../../db/schema";
import { DomainError } from "../errors";

export type StrategyMember = Pick<typeof members.$inferSelect, "id" | "shopId" | "displayName" | "canManageStrategies">;
/** The service context: the shop and member always come from the session, `now` is the app clock. */
export type StrategyCtx = { shopId: string; member: StrategyMember; now: Date };

export function assertCanManageStrategies(ctx: StrategyCtx): void {
  if (ctx.member.shopId !== ctx.shopId || !ctx.member.canManageStrategies) {
    throw new DomainError("FORBIDDEN", "只有店主或售后主管可以开关和修改售后助手策略");
  }
}
