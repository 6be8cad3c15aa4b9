import { quickFilterCounts } from "../tickets/counts";
import { listTickets } from "../tickets/list";
import { listTicketsInput } from "../tickets/schemas";
import { router, shopProcedure } from "../trpc";

export const ticketsRouter = router({
  list: shopProcedure
    .input(listTicketsInput)
    .query(({ ctx, input }) => listTickets(ctx.db, ctx.shopId, ctx.now, input)),
  counts: shopProcedure.query(({ ctx }) => quickFilterCounts(ctx.db, ctx.shopId, ctx.now)),
});
