// 设置 → 时限与规则 (SPEC §3): the shop's time limits and interception flags. Thin: the shop and the member come from
// the session (shopProcedure); every member may read, the owner and 设置权限 may save (the verb checks).
import { saveShopRulesInput } from "../shops/schemas";
import { getShopRules, saveShopRules } from "../shops/rules-settings";
import { router, shopProcedure } from "../trpc";

export const shopRulesRouter = router({
  get: shopProcedure.query(({ ctx }) => getShopRules(ctx.db, ctx)),
  save: shopProcedure.input(saveShopRulesInput).mutation(({ ctx, input }) => saveShopRules(ctx.db, ctx, input)),
});
