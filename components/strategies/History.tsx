"use client";
import { dateTime } from "@/components/format";
import { useI18n } from "@/components/providers";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import type { StrategyDefinition } from "@/server/strategies/definitions";
import { describeDefinition } from "@/server/strategies/describe";
import type { Detail } from "./types";

/** Who changed what, when: the audit trail and every version as it was. */
export function History({ changes, versions }: { changes: Detail["changes"]; versions: Detail["versions"] }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  return (
    <section className="grid gap-4 rounded-xl bg-white p-4 ring-1 ring-slate-200 md:grid-cols-2">
      <div>
        <h2 className="mb-2 font-semibold">{t.history.title}</h2>
        {changes.length === 0 && <p className="text-sm text-slate-400">{t.history.empty}</p>}
        <ul className="space-y-1.5 text-sm" data-testid="strategy-changes">
          {changes.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{fmt(t.history.change[c.change], { version: c.version ?? "" })}</span>
              <span className="ml-2 text-xs text-slate-400">
                {fmt(t.history.by, { name: c.memberName, at: dateTime(c.at) })}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="mb-2 font-semibold">{t.history.versions}</h2>
        <ul className="space-y-2 text-sm">
          {versions.map((v) => {
            const snap = v.snapshot as { name?: string } & StrategyDefinition;
            const words = snap.conditions ? describeDefinition(snap, locale) : null;
            return (
              <li key={v.version}>
                <div>
                  <span className="font-medium">{fmt(t.version, { n: v.version })}</span>
                  <span className="ml-2 text-xs text-slate-400">
                    {fmt(t.history.by, { name: v.changedByName, at: dateTime(v.changedAt) })}
                  </span>
                </div>
                {words && (
                  <p className="text-xs text-slate-500">
                    {words.conditions.join(t.words.separator)} → {words.action}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
