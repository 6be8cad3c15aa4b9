"use client";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ticketSorts } from "@/server/tickets/schemas";
import { useI18n } from "../providers";
import { QuickFilterBar } from "./QuickFilterBar";
import { TicketList } from "./TicketList";
import { useFilters } from "./useFilters";

const sortLabel = {
  risk: { "zh-CN": "按超时风险", en: "Deadline risk" },
  newest: { "zh-CN": "最新申请", en: "Newest" },
  amount: { "zh-CN": "金额从高到低", en: "Amount" },
} as const;

export function Workbench() {
  const { m, locale } = useI18n();
  const { filters, set } = useFilters();
  const [q, setQ] = useState(filters.search ?? "");
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => setQ(filters.search ?? ""), [filters.search]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: q.trim() || undefined });
  };
  return (
    <div className="mx-auto max-w-7xl space-y-3 p-3 sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="mr-auto text-lg font-semibold">{m.workbench.title}</h1>
        <form onSubmit={submit} className="flex w-full gap-2 sm:w-auto">
          <input
            ref={searchRef}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={locale === "en" ? "Order / ticket / waybill / buyer" : "订单号 / 售后单号 / 运单号 / 买家"}
            aria-label="search"
            className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm sm:w-72"
          />
          <select
            aria-label="sort"
            value={filters.sort}
            onChange={(e) => set({ sort: e.target.value === "risk" ? undefined : e.target.value })}
            className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {ticketSorts.map((s) => (
              <option key={s} value={s}>
                {sortLabel[s][locale]}
              </option>
            ))}
          </select>
        </form>
      </div>
      <QuickFilterBar />
      <TicketList />
    </div>
  );
}
