import { demoSeedStatus } from "../shops/demo-seed";
import { quickFilterCounts } from "../tickets/counts";
import { countTickets, filterOptions, listTickets, ticketRefs } from "../tickets/list";
import { findOrders, findOrdersInput } from "../tickets/order-lookup";
import { listTicketsInput, ticketFilterSchema, ticketRefsInput } from "../tickets/schemas";
import { router, shopProcedure } from "../trpc";

export const ticketsRouter = router({
  list: shopProcedure
    .input(listTicketsInput)
    .query(({ ctx, input }) => listTickets(ctx.db, ctx.shopId, ctx.now, input)),
  counts: shopProcedure.query(({ ctx }) => quickFilterCounts(ctx.db, ctx.shopId, ctx.now)),
  count: shopProcedure
    .input(ticketFilterSchema)
    .query(({ ctx, input }) => countTickets(ctx.db, ctx.shopId, ctx.now, input)),
  refs: shopProcedure.input(ticketRefsInput).query(({ ctx, input }) => ticketRefs(ctx.db, ctx.shopId, ctx.now, input)),
  filterOptions: shopProcedure.query(({ ctx }) => filterOptions(ctx.db, ctx.shopId)),
  findOrders: shopProcedure.input(findOrdersInput).query(({ ctx, input }) => findOrders(ctx.db, ctx.shopId, input)),
  // "演示数据生成中…" while the demo seed fills the shop.
  demoSeed: shopProcedure.query(({ ctx }) => demoSeedStatus(ctx.db, ctx.shopId)),
});
