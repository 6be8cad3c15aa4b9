// Who may change 售后助手: the owner and leads (their role includes it, server/members/rules.ts) and members given
// 策略管理; everyone else views.
import type { members } from "../../db/schema";
import { DomainError } from "../errors";
import { mayManageStrategies } from "../members/rules";

export type StrategyMember = Pick<
  typeof members.$inferSelect,
  "id" | "shopId" | "displayName" | "role" | "canManageStrategies"
>;
/** The service context: the shop and member always come from the session, `now` is the app clock. */
export type StrategyCtx = { shopId: string; member: StrategyMember; now: Date };

export function assertCanManageStrategies(ctx: StrategyCtx): void {
  if (ctx.member.shopId !== ctx.shopId || !mayManageStrategies(ctx.member)) {
    throw new DomainError("FORBIDDEN", "只有店主或售后主管可以开关和修改售后助手策略");
  }
}
