"use client";
// 数据 · 履约 (SPEC §6): 发货及时率 / 揽收及时率 / 签收时长 by carrier, then the orders to follow up.
import { useSuspenseQuery } from "@tanstack/react-query";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { BreakdownBar } from "../charts/BreakdownBar";
import { ChartSkeleton } from "../charts/ChartSkeleton";
import { useI18n, useTRPC } from "../providers";
import { Boundary } from "./Boundary";
import { FulfillmentLists } from "./FulfillmentLists";
import { formatOf } from "./format";
import { InfoTip } from "./InfoTip";
import { MetricsHeader } from "./MetricsHeader";
import { ListSkeleton } from "./Skeletons";
import { useRange } from "./useRange";

const ids = ["shipOnTimeRate", "collectOnTimeRate", "signTime"] as const;

function ByCarrier() {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const trpc = useTRPC();
  const { range } = useRange();
  const { data } = useSuspenseQuery(trpc.metrics.fulfillment.queryOptions(range));
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-3 gap-2 sm:gap-3">
        {ids.map((id) => (
          <div key={id} className="rounded-xl bg-white p-3 ring-1 ring-slate-200" data-testid={`metric-${id}`}>
            <div className="flex items-center gap-1 text-xs text-slate-500">
              <span className="truncate">{t.metric[id].name}</span>
              <InfoTip label={fmt(t.card.info, { name: t.metric[id].name })} text={t.metric[id].definition} />
            </div>
            <div className="mt-1 text-lg font-semibold tabular-nums sm:text-2xl">
              {formatOf(id, app.time)(data.total[id].value)}
            </div>
            <div className="text-xs text-slate-400">{fmt(t.card.sample, { n: data.total[id].sample })}</div>
          </div>
        ))}
      </div>
      {(data.shipFiled > 0 || data.shipHolidayMoved > 0) && (
        <p className="text-xs text-amber-700" data-testid="ship-filed">
          {[fmt(t.filed, { n: data.shipFiled }), fmt(t.holidayMoved, { n: data.shipHolidayMoved })].join(" · ")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        {ids.map((id) => (
          <section key={id} className="rounded-xl bg-white p-3 ring-1 ring-slate-200 sm:p-4">
            <h3 className="mb-2 text-sm font-medium">
              {t.metric[id].name} · {t.fulfillment.byCarrier}
            </h3>
            {data.carriers.length ? (
              <BreakdownBar
                name={t.metric[id].name}
                format={formatOf(id, app.time)}
                data={data.carriers.map((c) => ({
                  key: c.carrier,
                  label: c.carrier,
                  value: c[id].value,
                  clickable: false,
                }))}
              />
            ) : (
              <p className="py-6 text-center text-sm text-slate-400">{t.breakdown.noData}</p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}

export function FulfillmentView() {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  return (
    <div className="mx-auto max-w-7xl space-y-4 p-3 sm:p-5">
      <MetricsHeader withRange />
      <Boundary fallback={<ChartSkeleton height={320} />}>
        <ByCarrier />
      </Boundary>
      <h2 className="pt-2 text-sm font-medium text-slate-600">{t.fulfillment.lists}</h2>
      <Boundary fallback={<ListSkeleton rows={6} />}>
        <FulfillmentLists />
      </Boundary>
    </div>
  );
}
