import { router } from "../trpc";
import { meRouter } from "./me";
import { ticketActionsRouter } from "./ticket-actions";
import { ticketsRouter } from "./tickets";

export const appRouter = router({
  me: meRouter,
  tickets: ticketsRouter,
  actions: ticketActionsRouter,
});
export type AppRouter = typeof appRouter;
