"use client";
// 已发货未揽收 · 揽收后未发出 · 即将超时未发货, each with the order's age (or time left) against the app clock.
import { useSuspenseQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useState } from "react";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import type { AppRouter } from "@/server/routers/_app";
import { duration } from "../format";
import { useI18n, useTRPC } from "../providers";
import { shortDateTime } from "./format";
import { ticketListHref } from "./links";

type Lists = inferRouterOutputs<AppRouter>["metrics"]["fulfillmentLists"];
const SHOWN = 10;
type Row = { orderId: string; title: string | null; buyerNick: string; when: number; sub?: string; late?: boolean };

function OrderList({
  id,
  title,
  total,
  rows,
  ageLabel,
}: {
  id: string;
  title: string;
  total: number;
  rows: Row[];
  ageLabel: string;
}) {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale].fulfillment;
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <section id={id} className="rounded-xl bg-white ring-1 ring-slate-200" data-testid={`list-${id}`}>
      <h3 className="flex items-center justify-between border-b border-slate-100 px-3 py-2 text-sm font-medium sm:px-4">
        {title}
        <span className="tabular-nums text-slate-500">{total}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-400">{t.none}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {shown.map((r) => (
            <li key={r.orderId} className="flex items-center gap-3 px-3 py-2 sm:px-4">
              <div className="min-w-0 flex-1">
                <div className="truncate">{r.title ?? r.orderId}</div>
                <div className="truncate text-xs text-slate-500">
                  {r.orderId} · {r.buyerNick}
                  {r.sub ? ` · ${r.sub}` : ""}
                </div>
              </div>
              <div className={`shrink-0 text-right text-xs tabular-nums ${r.late ? "text-red-600" : "text-slate-600"}`}>
                {r.late ? t.late : ageLabel} {duration(Math.abs(r.when), app.time)}
              </div>
              <Link
                href={ticketListHref({ q: r.orderId })}
                className="shrink-0 text-xs text-brand-600 hover:underline"
                aria-label={`${t.tickets} ${r.orderId}`}
              >
                {t.tickets}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {total > shown.length && (
        <p className="flex items-center justify-between border-t border-slate-100 px-4 py-2 text-xs text-slate-400">
          {fmt(t.shownOf, { shown: shown.length, total })}
          {shown.length < rows.length && (
            <button type="button" onClick={() => setAll(true)} className="text-brand-600 hover:underline">
              {t.more}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

export function FulfillmentLists() {
  const { locale } = useI18n();
  const t = metricsMessages[locale].fulfillment;
  const trpc = useTRPC();
  const { data } = useSuspenseQuery({ ...trpc.metrics.fulfillmentLists.queryOptions(), refetchInterval: 60_000 });
  const now = new Date(data.now).getTime();
  const parcel = (at: Date | string | null) => (at ? now - new Date(at).getTime() : 0);
  const row = (o: Lists["notCollected"]["items"][number], at: Date | string | null): Row => ({
    orderId: o.orderId,
    title: o.title,
    buyerNick: o.buyerNick,
    when: parcel(at),
    sub: o.carrier ?? undefined,
  });
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <OrderList
        id="dueSoon"
        title={`${t.dueSoon}${data.dueSoon.overdue ? ` · ${fmt(t.overdue, { n: data.dueSoon.overdue })}` : ""}`}
        total={data.dueSoon.total}
        ageLabel={t.left}
        rows={data.dueSoon.items.map((o) => ({
          orderId: o.orderId,
          title: o.title,
          buyerNick: o.buyerNick,
          when: new Date(o.promise).getTime() - now,
          late: o.overdue,
          sub: `${t.promise} ${shortDateTime(o.promise)}${o.moved ? `（${t.moved}）` : ""}`,
        }))}
      />
      <OrderList
        id="notCollected"
        title={t.notCollected}
        total={data.notCollected.total}
        ageLabel={t.age}
        rows={data.notCollected.items.map((o) => row(o, o.shippedAt))}
      />
      <OrderList
        id="stuck"
        title={t.stuck}
        total={data.stuck.total}
        ageLabel={t.age}
        rows={data.stuck.items.map((o) => row(o, o.collectedAt))}
      />
    </div>
  );
}
