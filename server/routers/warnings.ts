// 预警中心 (SPEC §6 warnings): list, acknowledge, and the per-shop thresholds.
import { acknowledgeWarning } from "../warnings/acknowledge";
import { listWarnings } from "../warnings/list";
import { acknowledgeInput, thresholdsInput } from "../warnings/schemas";
import { getThresholds, updateThresholds } from "../warnings/thresholds";
import { router, shopProcedure } from "../trpc";

export const warningsRouter = router({
  list: shopProcedure.query(({ ctx }) => listWarnings(ctx.db, ctx)),
  acknowledge: shopProcedure
    .input(acknowledgeInput)
    .mutation(({ ctx, input }) => acknowledgeWarning(ctx.db, ctx, input)),
  thresholds: shopProcedure.query(({ ctx }) => getThresholds(ctx.db, ctx)),
  updateThresholds: shopProcedure
    .input(thresholdsInput)
    .mutation(({ ctx, input }) => updateThresholds(ctx.db, ctx, input)),
});
