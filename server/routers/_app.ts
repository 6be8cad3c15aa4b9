import { router } from "../trpc";
import { meRouter } from "./me";
import { ticketsRouter } from "./tickets";

export const appRouter = router({
  me: meRouter,
  tickets: ticketsRouter,
});
export type AppRouter = typeof appRouter;
