"use client";
import { fmt } from "@/messages/locale";
import type { DeadlineAction } from "@/server/tickets/domain";
import { duration } from "../format";
import { useI18n } from "../providers";

/** The running deadline as a countdown, with what the platform does when it passes. */
export function Deadline({
  at,
  action,
  late,
  now,
}: {
  at: Date | null;
  action: DeadlineAction | null;
  late: boolean;
  now: number;
}) {
  const { m } = useI18n();
  if (!at)
    return late ? <span className="text-red-600">{m.workbench.late}</span> : <span className="text-slate-400">—</span>;
  const left = new Date(at).getTime() - now;
  const urgent = left < 6 * 3600_000;
  return (
    <span className="inline-flex flex-col leading-tight">
      <span
        className={left <= 0 ? "font-medium text-red-600" : urgent ? "font-medium text-amber-600" : "text-slate-700"}
      >
        {left <= 0
          ? fmt(m.workbench.overdueBy, { time: duration(-left, m.time) })
          : fmt(m.workbench.remaining, { time: duration(left, m.time) })}
      </span>
      {action && <span className="text-xs text-slate-500">{m.deadlineAction[action]}</span>}
    </span>
  );
}
