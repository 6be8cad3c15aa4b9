import { z } from "zod";
import { listMembers, switchShop, whoAmI } from "../members/session";
import { text } from "../text";
import { authedProcedure, router, shopProcedure } from "../trpc";

export const meRouter = router({
  get: authedProcedure.query(({ ctx }) =>
    whoAmI(ctx.db, ctx.user.id, (ctx.session as { activeShopId?: string | null }).activeShopId),
  ),
  switchShop: authedProcedure
    .input(z.object({ shopId: text().min(1).max(64) }))
    .mutation(({ ctx, input }) => switchShop(ctx.db, ctx.user.id, ctx.session.id, input.shopId)),
  members: shopProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.shopId)),
});
