"use client";
import { dateTime } from "../../format";
import { useI18n } from "../../providers";
import { useWorkbenchMessages } from "../messages";
import { Section } from "./Facts";
import type { TicketDetail } from "./useTicketAction";

/** The append-only timeline (SPEC §2): who/what, when, before → after, why — newest first. */
export function Timeline({ events }: { events: TicketDetail["timeline"] }) {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  // Known verbs by name; anything newer by its source ("logistics.…" → 物流更新), never a raw identifier.
  const verb = (action: string, actor: keyof typeof w.timeline.actors) =>
    w.timeline.verbs[action] ??
    (w.actions as Record<string, string>)[action] ??
    w.timeline.prefixes[action.split(".")[0] ?? ""] ??
    w.timeline.actors[actor];
  return (
    <Section title={w.detail.timeline} testId="timeline">
      <ol className="relative space-y-3 border-l border-slate-200 pl-4">
        {[...events].reverse().map((e) => (
          <li key={e.id} className="relative text-sm" data-testid="timeline-event">
            <span
              aria-hidden
              className={`absolute top-1.5 -left-[1.32rem] h-2.5 w-2.5 rounded-full ring-2 ring-white ${
                e.actorKind === "agent"
                  ? "bg-brand-500"
                  : e.actorKind === "platform_timer"
                    ? "bg-red-500"
                    : "bg-slate-400"
              }`}
            />
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{verb(e.action, e.actorKind)}</span>
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                <span className="text-xs text-slate-500">
                  {m.ticketStatus[e.fromStatus]} → {m.ticketStatus[e.toStatus]}
                </span>
              )}
              {!e.fromStatus && e.toStatus && (
                <span className="text-xs text-slate-500">→ {m.ticketStatus[e.toStatus]}</span>
              )}
            </div>
            <div className="text-xs text-slate-500">
              {dateTime(e.at)} · {w.timeline.actors[e.actorKind]}
              {e.actorName && e.actorName !== w.timeline.actors[e.actorKind] ? ` ${e.actorName}` : ""}
            </div>
            {e.why && <p className="mt-0.5 text-slate-700">{e.why}</p>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
