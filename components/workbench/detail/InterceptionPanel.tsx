"use client";
import { useI18n } from "../../providers";
import { useWorkbenchMessages } from "../messages";
import { ruleText } from "./rule-text";
import type { TicketDetail } from "./useTicketAction";

/**
 * 物流拦截 (SPEC §4): the 8 conditions, each with pass/fail, shown wherever interception is a question for this
 * ticket — offered, refused for a condition, or under way. The failing ones are marked.
 */
export function InterceptionPanel({ detail }: { detail: TicketDetail }) {
  const { locale } = useI18n();
  const w = useWorkbenchMessages();
  const a = detail.allowedActions.find((x) => x.action === "request_interception");
  const relevant =
    detail.ticket.status === "intercepting" ||
    (detail.ticket.type === "refund_only" &&
      (a?.allowed || a?.code === "INTERCEPTION_NOT_ELIGIBLE" || a?.code === "INTERCEPTION_ALREADY_FAILED"));
  if (!relevant) return null;
  const { conditions, eligible } = detail.interception;
  return (
    <section className="rounded-xl ring-1 ring-slate-200" data-testid="interception">
      <h3 className="flex items-center justify-between border-b border-slate-100 px-3 py-2 text-sm font-semibold">
        {w.actions.request_interception}
        <span className={`text-xs font-normal ${eligible ? "text-emerald-700" : "text-red-600"}`}>
          {eligible ? "✓" : `✗ ${conditions.filter((c) => !c.pass).length}`}
        </span>
      </h3>
      <ol className="divide-y divide-slate-50 text-sm">
        {conditions.map((c) => (
          <li
            key={c.code}
            data-testid="interception-condition"
            data-pass={c.pass}
            className={`flex gap-2 px-3 py-1.5 ${c.pass ? "text-slate-600" : "bg-red-50 font-medium text-red-700"}`}
          >
            <span aria-hidden className="w-4 shrink-0 text-center">
              {c.pass ? "✓" : "✗"}
            </span>
            <span>{ruleText(locale, c.code, c.params)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
