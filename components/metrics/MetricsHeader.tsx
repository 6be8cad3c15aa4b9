"use client";
import { metricsMessages } from "@/messages/metrics";
import { useI18n } from "../providers";
import { PageHeader } from "../ui/PageHeader";
import { MetricsTabs } from "./MetricsTabs";
import { RangePicker } from "./RangePicker";

export function MetricsHeader({ withRange = false }: { withRange?: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  return (
    <div className="space-y-3">
      <PageHeader title={t.title} meta={<MetricsTabs />} />
      {withRange && <RangePicker />}
    </div>
  );
}
