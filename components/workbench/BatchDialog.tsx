"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fmt } from "@/messages/locale";
import type { TicketFilter } from "@/server/tickets/schemas";
import { messageMaxLength } from "@/server/tickets/vocabulary";
import { colon } from "../format";
import { useI18n, useTRPC } from "../providers";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { Field, FormError, Input, Select, Textarea } from "../ui/Field";
import { type BatchKind, batchAllMax } from "./batch";
import { useWorkbenchMessages } from "./messages";

type Ref = { id: number; version: number };
type Result = { ticketId: number; ok: boolean; message?: string };

/** Tickets per request: small enough to show progress, large enough to keep the round trips few. */
const chunk = 25;

/**
 * 批量操作 (SPEC §4): each ticket goes through the same verb as one by one, with the version the agent saw; the
 * dialog shows progress and every ticket's result — done, or skipped with the reason. Never silently partial.
 */
export function BatchDialog({
  kind,
  refs,
  allMatching,
  onClose,
}: {
  kind: BatchKind;
  /** The selected tickets, or null to act on every ticket matching `allMatching`. */
  refs: Ref[] | null;
  allMatching: { filter: TicketFilter; count: number } | null;
  onClose: (finished: boolean) => void;
}) {
  const { m, locale } = useI18n();
  const w = useWorkbenchMessages();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const batch = useMutation(trpc.actions.batch.mutationOptions());
  const members = useQuery({ ...trpc.me.members.queryOptions(), enabled: kind === "assign" });
  const [reason, setReason] = useState("");
  const [assignee, setAssignee] = useState("");
  const [tag, setTag] = useState("");
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<"form" | "collecting" | "running" | "done">("form");
  const [total, setTotal] = useState(refs?.length ?? allMatching?.count ?? 0);
  const [results, setResults] = useState<Result[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [onlyFailed, setOnlyFailed] = useState(true);
  const actionWord = w.actions[kind];

  async function collect(): Promise<Ref[]> {
    if (refs) return refs;
    if (!allMatching) return [];
    const out: Ref[] = [];
    let cursor: number | null = null;
    do {
      // Always fresh: the versions are what each ticket is checked against.
      const page: { refs: Ref[]; nextCursor: number | null } = await qc.fetchQuery({
        ...trpc.tickets.refs.queryOptions({ ...allMatching.filter, cursor, limit: 1000 }),
        staleTime: 0,
      });
      out.push(...page.refs);
      cursor = page.nextCursor;
    } while (cursor && out.length < batchAllMax);
    return out.slice(0, batchAllMax);
  }

  async function start() {
    setError(null);
    setPhase("collecting");
    try {
      const all = await collect();
      setTotal(all.length);
      setPhase("running");
      const extra =
        kind === "reject"
          ? { rejectReason: reason }
          : kind === "assign"
            ? { assigneeId: assignee || null }
            : kind === "tag"
              ? { add: [tag.trim()] }
              : kind === "message"
                ? { text }
                : {};
      for (let i = 0; i < all.length; i += chunk) {
        const part = await batch.mutateAsync({ action: kind, ticketIds: all.slice(i, i + chunk), ...extra });
        setResults((r) => [
          ...r,
          ...part.map((x) =>
            x.ok ? { ticketId: x.ticketId, ok: true } : { ticketId: x.ticketId, ok: false, message: x.message },
          ),
        ]);
      }
      setPhase("done");
    } catch (e) {
      // A refusal of the whole batch (e.g. no reason given) changes nothing: back to the form with the message.
      setError((e as Error).message);
      setPhase(results.length ? "done" : "form");
    } finally {
      await qc.invalidateQueries({ queryKey: trpc.tickets.pathKey() });
      await qc.invalidateQueries({ queryKey: trpc.actions.detail.pathKey() });
    }
  }

  const ok = results.filter((r) => r.ok).length;
  const skipped = results.length - ok;
  const shown = onlyFailed ? results.filter((r) => !r.ok) : results;
  const busy = phase === "collecting" || phase === "running";
  return (
    <Dialog
      open
      onClose={() => !busy && onClose(phase === "done")}
      title={fmt(w.batch.title, { action: actionWord })}
      testId="batch-dialog"
      footer={
        phase === "form" ? (
          <>
            <Button onClick={() => onClose(false)}>{m.common.cancel}</Button>
            <Button
              variant={kind === "reject" ? "dangerSolid" : "primary"}
              onClick={start}
              data-testid="batch-start"
              disabled={(kind === "tag" && !tag.trim()) || (kind === "message" && !text.trim())}
              data-autofocus={kind === "approve" || kind === "confirm_receipt" ? true : undefined}
            >
              {w.batch.start}
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={() => onClose(true)} disabled={busy} data-testid="batch-close">
            {w.detail.close}
          </Button>
        )
      }
    >
      <div className="space-y-3 text-sm">
        {phase === "form" && (
          <>
            <p className="text-slate-700">{fmt(w.batch.intro, { n: total, action: actionWord })}</p>
            {kind === "reject" && (
              <Field label={w.form.rejectReason}>
                <Textarea
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder={w.form.rejectReasonPlaceholder}
                  data-autofocus
                  maxLength={400}
                />
              </Field>
            )}
            {kind === "assign" && (
              <Field label={w.form.assignTo}>
                <Select value={assignee} onChange={(e) => setAssignee(e.target.value)} data-autofocus>
                  <option value="">{w.form.unassign}</option>
                  {members.data?.map((mb) => (
                    <option key={mb.id} value={mb.id}>
                      {mb.displayName}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {kind === "tag" && (
              <Field label={w.form.addTag}>
                <Input value={tag} onChange={(e) => setTag(e.target.value)} maxLength={16} data-autofocus />
              </Field>
            )}
            {kind === "message" && (
              <Field label={w.form.buyerMessage} help={w.batch.messageHelp}>
                <Textarea
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder={w.form.buyerMessagePlaceholder}
                  maxLength={messageMaxLength}
                  data-autofocus
                />
              </Field>
            )}
          </>
        )}
        {phase === "collecting" && <p className="text-slate-600">{w.batch.collecting}</p>}
        {(phase === "running" || phase === "done") && (
          <div className="space-y-2">
            <div className="h-2 overflow-hidden rounded-full bg-slate-100">
              <div
                className="h-full bg-brand-500 transition-all"
                style={{ width: `${total ? (results.length / total) * 100 : 0}%` }}
              />
            </div>
            <p className="text-slate-600" data-testid="batch-progress">
              {fmt(w.batch.progress, { done: results.length, total })}
            </p>
          </div>
        )}
        {phase === "done" && (
          <>
            <p className="font-medium" data-testid="batch-summary">
              {fmt(w.batch.summary, { ok, skipped })}
            </p>
            <label className="flex items-center gap-2 text-xs text-slate-600">
              <input type="checkbox" checked={onlyFailed} onChange={(e) => setOnlyFailed(e.target.checked)} />
              {w.batch.onlyFailed}
            </label>
            <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg ring-1 ring-slate-200">
              {shown.map((r) => (
                <li key={r.ticketId} className="flex gap-2 px-3 py-1.5" data-testid="batch-result" data-ok={r.ok}>
                  <span className="w-20 shrink-0 tabular-nums text-slate-500">#{r.ticketId}</span>
                  <span className={r.ok ? "text-emerald-700" : "text-red-700"}>
                    {r.ok ? w.batch.ok : `${w.batch.skipped}${colon(locale)}${r.message}`}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <FormError message={error} />
      </div>
    </Dialog>
  );
}
