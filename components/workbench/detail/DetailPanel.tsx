"use client";
import { useQuery } from "@tanstack/react-query";
import { fmt } from "@/messages/locale";
import { terminalStatuses } from "@/server/tickets/domain";
import { colon, dateTime, yuan } from "../../format";
import { useI18n, useTRPC } from "../../providers";
import { Button } from "../../ui/Button";
import { Deadline } from "../Deadline";
import { useWorkbenchMessages } from "../messages";
import { StatusBadge, Thumb } from "../TicketCells";
import { useNow } from "../useNow";
import { ActionBar, type Intent } from "./ActionBar";
import { ApplicationFacts, LogisticsFacts, OrderFacts } from "./Facts";
import { InterceptionPanel } from "./InterceptionPanel";
import { MetaTools } from "./MetaTools";
import { ruleText } from "./rule-text";
import { Timeline } from "./Timeline";
import { type TicketDetail, useTicketAction } from "./useTicketAction";

/** The ticket detail: a right-side drawer next to the list on desktop, a full page on a phone. */
export function DetailPanel({
  ticketId,
  onClose,
  serverNow,
  intent,
  onIntentDone,
}: {
  ticketId: number;
  onClose: () => void;
  serverNow: Date | undefined;
  intent: Intent | null;
  onIntentDone: () => void;
}) {
  const { m, locale } = useI18n();
  const w = useWorkbenchMessages();
  const trpc = useTRPC();
  const q = useQuery(trpc.actions.detail.queryOptions({ ticketId }));
  const runner = useTicketAction(ticketId);
  const d = q.data;
  return (
    <aside
      data-testid="detail"
      aria-label={fmt(w.list.ticket, { id: ticketId })}
      className="fixed inset-0 z-40 flex flex-col bg-white lg:top-14 lg:left-auto lg:w-[560px] lg:border-l lg:border-slate-200 lg:shadow-xl"
    >
      <header className="flex h-14 shrink-0 items-center gap-2 border-b border-slate-200 px-3">
        <button
          type="button"
          onClick={onClose}
          className="grid h-9 w-9 place-items-center rounded-lg text-slate-600 hover:bg-slate-100"
          aria-label={w.detail.close}
          data-testid="detail-close"
        >
          <span className="lg:hidden">←</span>
          <span className="hidden lg:inline">✕</span>
        </button>
        <h2 className="font-semibold">{fmt(w.list.ticket, { id: ticketId })}</h2>
        {d && (
          <span data-testid="detail-status">
            <StatusBadge status={d.ticket.status} />
          </span>
        )}
      </header>
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto p-4 pb-24 md:pb-6">
        {q.isPending && <DetailSkeleton />}
        {q.isError && (
          <div role="alert" className="rounded-xl bg-red-50 p-6 text-center text-red-700">
            <p>
              {w.detail.loadError}
              {colon(locale)}
              {q.error.message}
            </p>
            {q.error.data?.code !== "NOT_FOUND" && (
              <Button className="mt-3" onClick={() => q.refetch()}>
                {m.common.retry}
              </Button>
            )}
          </div>
        )}
        {d && (
          <>
            <Summary d={d} serverNow={serverNow} conflict={runner.conflict} />
            <ActionBar detail={d} runner={runner} intent={intent} onIntentDone={onIntentDone} />
            <InterceptionPanel detail={d} />
            <ApplicationFacts d={d} />
            <LogisticsFacts d={d} />
            <OrderFacts d={d} />
            <MetaTools detail={d} runner={runner} />
            <Timeline events={d.timeline} />
          </>
        )}
      </div>
    </aside>
  );
}

function Summary({
  d,
  serverNow,
  conflict,
}: {
  d: TicketDetail;
  serverNow: Date | undefined;
  conflict: string | null;
}) {
  const { m, locale } = useI18n();
  const w = useWorkbenchMessages();
  const now = useNow(serverNow, 15_000);
  const t = d.ticket;
  const ended = terminalStatuses.includes(t.status);
  const noPermission = !ended && d.allowedActions.some((a) => a.code === "NO_PERMISSION");
  return (
    <div className="space-y-3">
      {conflict && (
        <div
          role="alert"
          data-testid="conflict"
          className="rounded-xl bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200"
        >
          <p className="font-medium">{conflict}</p>
          <p className="mt-0.5 text-xs">{w.detail.conflict}</p>
        </div>
      )}
      <div className="flex gap-3">
        <Thumb src={t.productImage} title={t.productTitle} size="lg" />
        <div className="min-w-0 flex-1">
          <p className="font-medium">{t.productTitle}</p>
          <p className="text-xs text-slate-500">
            {t.buyerNick} · {m.reason[t.reason]} · {m.responsibility[t.responsibility]}
          </p>
        </div>
        <div className="text-right">
          <p className="text-lg font-semibold tabular-nums" data-testid="detail-amount">
            {yuan(t.requestedFen)}
          </p>
          <p className="text-xs text-slate-500">{m.ticketType[t.type]}</p>
        </div>
      </div>
      <div
        className="flex items-center justify-between rounded-xl bg-slate-50 px-3 py-2 text-sm"
        data-testid="detail-deadline"
      >
        <span className="text-slate-500">{w.detail.deadline}</span>
        {t.deadlineAt ? (
          <span className="flex items-center gap-3 text-right">
            <Deadline at={t.deadlineAt} action={t.deadlineAction} late={t.lateFlag} now={now} />
            <span className="text-xs text-slate-400">{fmt(w.detail.deadlineAt, { at: dateTime(t.deadlineAt) })}</span>
          </span>
        ) : (
          <span className="text-slate-400">{ended ? w.detail.ended : w.detail.noDeadline}</span>
        )}
      </div>
      {d.hints.length > 0 && (
        <div className="rounded-xl bg-amber-50 p-3 ring-1 ring-amber-200" data-testid="hints">
          <p className="mb-1 text-xs font-semibold text-amber-900">{w.detail.hints}</p>
          <ul className="space-y-1 text-sm text-amber-900">
            {d.hints.map((h) => (
              <li key={h} data-testid="hint">
                {ruleText(locale, h)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {noPermission && (
        <p className="rounded-xl bg-slate-100 p-3 text-xs text-slate-600" data-testid="permission-note">
          {w.detail.permissionNote}
        </p>
      )}
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true" data-testid="detail-skeleton">
      <div className="flex gap-3">
        <div className="h-14 w-14 animate-pulse rounded-lg bg-slate-100" />
        <div className="flex-1 space-y-2">
          <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100" />
          <div className="h-3 w-1/3 animate-pulse rounded bg-slate-100" />
        </div>
      </div>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-20 animate-pulse rounded-xl bg-slate-100" />
      ))}
    </div>
  );
}
