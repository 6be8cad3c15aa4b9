import { router } from "../trpc";
import { apiSettingsRouter } from "./api-settings";
import { meRouter } from "./me";
import { metricsRouter } from "./metrics";
import { settingsCalendarRouter } from "./settings-calendar";
import { strategiesRouter } from "./strategies";
import { ticketActionsRouter } from "./ticket-actions";
import { ticketsRouter } from "./tickets";
import { warningsRouter } from "./warnings";

export const appRouter = router({
  me: meRouter,
  tickets: ticketsRouter,
  actions: ticketActionsRouter,
  apiSettings: apiSettingsRouter,
  strategies: strategiesRouter,
  metrics: metricsRouter,
  warnings: warningsRouter,
  settingsCalendar: settingsCalendarRouter,
});
export type AppRouter = typeof appRouter;
