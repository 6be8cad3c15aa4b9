"use client";
// 设置: a plain list of links to each settings page (more sections are added by their own features).
import Link from "next/link";
import { apiMessages } from "@/messages/api";
import { membersMessages } from "@/messages/members";
import { metricsMessages } from "@/messages/metrics";
import { platformConnectionMessages } from "@/messages/platform-connection";
import { settingsChangesMessages } from "@/messages/settings-changes";
import { shopRulesMessages } from "@/messages/shop-rules";
import { useI18n } from "../providers";
import { PageHeader } from "../ui/PageHeader";

export function SettingsHub() {
  const { locale } = useI18n();
  const t = metricsMessages[locale].settings;
  const links = [
    { href: "/settings/members", title: membersMessages[locale].title, hint: membersMessages[locale].hubHint },
    { href: "/settings/rules", title: shopRulesMessages[locale].title, hint: shopRulesMessages[locale].hubHint },
    { href: "/settings/calendar", title: t.calendar, hint: t.calendarHint },
    { href: "/warnings#thresholds", title: t.thresholds, hint: t.thresholdsHint },
    {
      href: "/settings/platform",
      title: platformConnectionMessages[locale].title,
      hint: platformConnectionMessages[locale].hubHint,
    },
    { href: "/settings/api", title: apiMessages[locale].title, hint: apiMessages[locale].hubHint },
    {
      href: "/settings/changes",
      title: settingsChangesMessages[locale].title,
      hint: settingsChangesMessages[locale].hubHint,
    },
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.title} />
      <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="flex items-center gap-3 px-4 py-3 hover:bg-slate-50">
              <span className="min-w-0 flex-1">
                <span className="block font-medium">{l.title}</span>
                <span className="block text-sm text-slate-500">{l.hint}</span>
              </span>
              <span aria-hidden className="text-slate-400">
                ›
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
