"use client";
import { metricsMessages } from "@/messages/metrics";
import { useI18n } from "../providers";
import { MetricsTabs } from "./MetricsTabs";
import { RangePicker } from "./RangePicker";

export function MetricsHeader({ withRange = false }: { withRange?: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">{t.title}</h1>
        <MetricsTabs />
      </div>
      {withRange && <RangePicker />}
    </div>
  );
}
