"use client";
// The rows of 设置 → 变更记录: a table on desktop, cards on a phone. Times in the shop's time (Asia/Shanghai).
import type { inferRouterOutputs } from "@trpc/server";
import { dateTime } from "@/components/format";
import { useI18n } from "@/components/providers";
import { settingsChangesMessages } from "@/messages/settings-changes";
import type { AppRouter } from "@/server/routers/_app";

type Change = inferRouterOutputs<AppRouter>["settingsChanges"]["list"]["items"][number];

function AreaBadge({ label }: { label: string }) {
  return <span className="whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{label}</span>;
}

export function ChangeList({ rows }: { rows: Change[] }) {
  const { locale } = useI18n();
  const t = settingsChangesMessages[locale];
  return (
    <>
      <table className="hidden w-full text-left text-sm md:table">
        <thead className="text-xs text-slate-500">
          <tr className="border-b border-slate-100">
            <th className="w-36 py-2 pr-3 font-medium">{t.columns.at}</th>
            <th className="w-28 py-2 pr-3 font-medium">{t.columns.actor}</th>
            <th className="w-28 py-2 pr-3 font-medium">{t.columns.area}</th>
            <th className="py-2 font-medium">{t.columns.summary}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((c) => (
            <tr key={c.id} data-testid="change-row" data-area={c.area} className="align-top">
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums text-slate-600">{dateTime(c.at)}</td>
              <td className="py-2 pr-3 break-all">{c.actorName}</td>
              <td className="py-2 pr-3">
                <AreaBadge label={t.areas[c.area]} />
              </td>
              <td className="py-2 break-words" data-testid="change-summary">
                {c.summary}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-2 md:hidden">
        {rows.map((c) => (
          <li
            key={c.id}
            data-testid="change-card"
            data-area={c.area}
            className="space-y-1.5 rounded-lg p-3 text-sm ring-1 ring-slate-200"
          >
            <p className="break-words" data-testid="change-summary">
              {c.summary}
            </p>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
              <AreaBadge label={t.areas[c.area]} />
              <span className="break-all">{c.actorName}</span>
              <span className="tabular-nums">{dateTime(c.at)}</span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
