import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/_app";

type Out = inferRouterOutputs<AppRouter>["strategies"];
export type Overview = Out["overview"];
export type StrategyItem = Overview["strategies"][number];
export type RunItem = StrategyItem["lastRuns"][number];
export type Detail = Out["detail"];
export type DryRun = Out["dryRun"];
export type Cap = Overview["cap"];
