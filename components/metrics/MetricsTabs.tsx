"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { metricsMessages } from "@/messages/metrics";
import { useI18n } from "../providers";

const tabs = [
  { href: "/metrics/today", key: "today" },
  { href: "/metrics", key: "overview" },
  { href: "/metrics/fulfillment", key: "fulfillment" },
  { href: "/metrics/agents", key: "agents" },
] as const;

/** 今日速览 · 总览 · 履约 · 客服; the date range travels with the tab. */
export function MetricsTabs() {
  const { locale } = useI18n();
  const t = metricsMessages[locale].tabs;
  const path = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label="metrics" className="-mx-3 flex gap-1 overflow-x-auto px-3 sm:mx-0 sm:px-0">
      {tabs.map((tab) => {
        const active = path === tab.href;
        return (
          <Link
            key={tab.href}
            href={query && tab.key !== "today" ? `${tab.href}?${query}` : tab.href}
            aria-current={active ? "page" : undefined}
            className={`shrink-0 rounded-lg px-3 py-1.5 text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
          >
            {t[tab.key]}
          </Link>
        );
      })}
    </nav>
  );
}
