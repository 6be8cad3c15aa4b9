import { router } from "../trpc";
import { apiSettingsRouter } from "./api-settings";
import { meRouter } from "./me";
import { membersRouter } from "./members";
import { metricsRouter } from "./metrics";
import { platformConnectionRouter } from "./platform-connection";
import { settingsCalendarRouter } from "./settings-calendar";
import { settingsChangesRouter } from "./settings-changes";
import { shopRulesRouter } from "./shop-rules";
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
  settingsChanges: settingsChangesRouter,
  members: membersRouter,
  shopRules: shopRulesRouter,
  platformConnection: platformConnectionRouter,
});
export type AppRouter = typeof appRouter;
