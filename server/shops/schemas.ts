// Inputs of 设置 → 时限与规则, shared by the router and the verb. Only the shape is checked here; each limit's range
// (and the text that names it) is limits.ts's, checked by the verb. The shop never comes in: it is the session's.
import { z } from "zod";
import { type LimitKey, limitKeys } from "./limits";

const minutes = z.number().finite();
const limitsShape = Object.fromEntries(limitKeys.map((k) => [k, minutes])) as Record<LimitKey, typeof minutes>;

/** What the page shows and saves: every limit in minutes and the two shop flags of the interception rule. */
export const shopRulesState = z.object({
  limits: z.object(limitsShape),
  // 已签署物流拦截协议 and 跨境店铺 (SPEC §3 拦截中; server/tickets/rules-interception.ts).
  interceptionAgreement: z.boolean(),
  isCrossBorder: z.boolean(),
});
export type ShopRulesState = z.output<typeof shopRulesState>;

/**
 * `previous` is what the page loaded: the save is a compare-and-set on it, so two admins saving at once never
 * silently overwrite each other (the second is told 已被他人修改).
 */
export const saveShopRulesInput = z.object({ previous: shopRulesState, next: shopRulesState });
export type SaveShopRulesInput = z.input<typeof saveShopRulesInput>;
