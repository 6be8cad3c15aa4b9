// 设置 → 变更记录: who changed which shop setting, newest first, by area, keyset-paged. Thin: the shop and the member
// come from the session (shopProcedure); the owner and 设置权限 read it (the verb checks).
import { listSettingsChanges, listSettingsChangesInput } from "../settings-audit/record";
import { router, shopProcedure } from "../trpc";

export const settingsChangesRouter = router({
  list: shopProcedure
    .input(listSettingsChangesInput)
    .query(({ ctx, input }) => listSettingsChanges(ctx.db, ctx, input)),
});
