"use client";
import Link from "next/link";
import { metricsMessages } from "@/messages/metrics";
import { breakdownDims } from "@/server/metrics/facts";
import { useI18n } from "../providers";
import { Boundary } from "./Boundary";
import { BreakdownPanel } from "./BreakdownPanel";
import { MetricsHeader } from "./MetricsHeader";
import { OverviewCards } from "./OverviewCards";
import { CardsSkeleton } from "./Skeletons";
import { TrendPanel } from "./TrendPanel";

/** 数据 · 总览: every metric with its change, the daily trend, and breakdowns that open the tickets behind a bar. */
export function MetricsOverview() {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  return (
    <div className="mx-auto max-w-7xl space-y-4 p-3 sm:p-5">
      <MetricsHeader withRange />
      <Link
        href="/metrics/today"
        className="flex items-center justify-between rounded-xl bg-brand-50 px-4 py-3 text-sm text-brand-700 md:hidden"
      >
        {t.phoneBanner}
        <span aria-hidden>›</span>
      </Link>
      <Boundary fallback={<CardsSkeleton />}>
        <OverviewCards />
      </Boundary>
      <TrendPanel />
      <div className="grid gap-4 lg:grid-cols-2">
        {breakdownDims
          .filter((d) => d !== "type")
          .map((dim) => (
            <BreakdownPanel key={dim} dim={dim} />
          ))}
      </div>
    </div>
  );
}
