// 数据 (SPEC §6). Thin: parse with the metrics schemas, call one verb, return. Reads only rollups + today live.
import { agentsView } from "../metrics/agents";
import { metricsBreakdown } from "../metrics/breakdown";
import { fulfillmentByCarrier } from "../metrics/fulfillment";
import { fulfillmentLists } from "../metrics/fulfillment-lists";
import { breakdownInput, rangeInput } from "../metrics/schemas";
import { metricsSummary } from "../metrics/summary";
import { leadToday } from "../metrics/today";
import { metricsTrend } from "../metrics/trend";
import { router, shopProcedure } from "../trpc";

export const metricsRouter = router({
  summary: shopProcedure.input(rangeInput).query(({ ctx, input }) => metricsSummary(ctx.db, ctx, input)),
  trend: shopProcedure.input(rangeInput).query(({ ctx, input }) => metricsTrend(ctx.db, ctx, input)),
  breakdown: shopProcedure.input(breakdownInput).query(({ ctx, input }) => metricsBreakdown(ctx.db, ctx, input)),
  fulfillment: shopProcedure.input(rangeInput).query(({ ctx, input }) => fulfillmentByCarrier(ctx.db, ctx, input)),
  fulfillmentLists: shopProcedure.query(({ ctx }) => fulfillmentLists(ctx.db, ctx)),
  agents: shopProcedure.input(rangeInput).query(({ ctx, input }) => agentsView(ctx.db, ctx, input)),
  today: shopProcedure.query(({ ctx }) => leadToday(ctx.db, ctx)),
});
