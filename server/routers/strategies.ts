// 售后助手 (SPEC §4). Thin: parse with the domain's schema, call one service verb, return. The shop and member come
// from the session; only members with canManageStrategies change anything (checked in the verbs).
import { strategyCapStatus, setDailyCap } from "../strategies/daily-cap";
import { strategyDetail } from "../strategies/detail";
import { dryRunStrategy } from "../strategies/dry-run";
import { strategiesOverview, strategyProductOptions } from "../strategies/overview";
import { createStrategy, updateStrategy } from "../strategies/save";
import {
  createStrategyInput,
  dryRunInput,
  setDailyCapInput,
  setEnabledInput,
  strategyIdInput,
  updateStrategyInput,
} from "../strategies/schemas";
import { setStrategyEnabled } from "../strategies/toggle";
import { router, shopProcedure } from "../trpc";

export const strategiesRouter = router({
  overview: shopProcedure.query(({ ctx }) => strategiesOverview(ctx.db, ctx)),
  detail: shopProcedure.input(strategyIdInput).query(({ ctx, input }) => strategyDetail(ctx.db, ctx, input.id)),
  products: shopProcedure.query(({ ctx }) => strategyProductOptions(ctx.db, ctx.shopId)),
  create: shopProcedure.input(createStrategyInput).mutation(({ ctx, input }) => createStrategy(ctx.db, ctx, input)),
  update: shopProcedure.input(updateStrategyInput).mutation(({ ctx, input }) => updateStrategy(ctx.db, ctx, input)),
  setEnabled: shopProcedure.input(setEnabledInput).mutation(({ ctx, input }) => setStrategyEnabled(ctx.db, ctx, input)),
  dryRun: shopProcedure.input(dryRunInput).mutation(({ ctx, input }) => dryRunStrategy(ctx.db, ctx, input)),
  capStatus: shopProcedure.query(({ ctx }) => strategyCapStatus(ctx.db, ctx.shopId, ctx.now)),
  setDailyCap: shopProcedure.input(setDailyCapInput).mutation(({ ctx, input }) => setDailyCap(ctx.db, ctx, input)),
});
