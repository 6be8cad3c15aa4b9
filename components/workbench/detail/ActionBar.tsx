"use client";
import { useEffect, useRef, useState } from "react";
import type { ActionAvailability, RuleCode, TicketAction } from "@/server/tickets/rules";
import { colon } from "../../format";
import { useI18n } from "../../providers";
import { Button, type ButtonProps } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { useToast } from "../../ui/Toast";
import { useWorkbenchMessages } from "../messages";
import { ActionDialog, needsDialog } from "./ActionDialog";
import { ruleText } from "./rule-text";
import type { TicketActionRunner, TicketDetail } from "./useTicketAction";

/** Lifecycle actions in the order an agent reaches for them; the meta tools (assign, tag…) live elsewhere. */
const lifecycle: TicketAction[] = [
  "confirm_receipt",
  "approve",
  "agree_refusal_refund",
  "refund",
  "request_interception",
  "provide_reissue_waybill",
  "ship_exchange",
  "upload_return_waybill",
  "request_evidence",
  "cancel_proxy",
  "reject",
];
/** Refusals that only say "not here": such actions are not shown at all. Others are shown disabled, with why. */
const notApplicable: RuleCode[] = ["NO_PERMISSION", "TICKET_ENDED", "NOT_ALLOWED_IN_STATUS", "NOT_ALLOWED_FOR_TYPE"];

export type Intent = { action: "approve" | "reject"; nonce: number };

const variantOf = (a: TicketAction, first: boolean): ButtonProps["variant"] =>
  a === "reject" || a === "cancel_proxy" ? "danger" : first ? "primary" : "secondary";

/** Exactly the actions the engine allows this member now (SPEC §3), from `allowedActions`. */
export function ActionBar({
  detail,
  runner,
  intent,
  onIntentDone,
}: {
  detail: TicketDetail;
  runner: TicketActionRunner;
  intent: Intent | null;
  onIntentDone: () => void;
}) {
  const { locale } = useI18n();
  const w = useWorkbenchMessages();
  const toast = useToast();
  const [dialog, setDialog] = useState<TicketAction | null>(null);
  const [sheet, setSheet] = useState(false);
  const byAction = new Map(detail.allowedActions.map((a) => [a.action, a]));
  const shown = lifecycle
    .map((a) => byAction.get(a))
    .filter((a): a is ActionAvailability => !!a && (a.allowed || !notApplicable.includes(a.code as RuleCode)));
  const allowed = shown.filter((a) => a.allowed);
  // 物流拦截 only matters for 仅退款; for other types its refusal is noise (the rules report it for every type).
  const blocked = shown.filter(
    (a) => !a.allowed && (a.action !== "request_interception" || detail.ticket.type === "refund_only"),
  );
  const reason = (a: ActionAvailability) => (a.code ? ruleText(locale, a.code, a.params) : "");

  const start = async (action: TicketAction) => {
    setSheet(false);
    if (needsDialog(action, detail)) return setDialog(action);
    const r = await runner.run(action, { version: detail.ticket.version });
    if (!r.ok && !r.conflict) toast({ kind: "error", title: r.message });
  };

  // Keyboard a / r: act on this ticket if the engine allows it, else say why (never a silent no-op). The handler
  // is read from a ref so the effect runs once per keyboard intent, with this render's facts.
  const onIntent = useRef(() => {});
  onIntent.current = () => {
    if (!intent) return;
    onIntentDone();
    const a = byAction.get(intent.action);
    if (a?.allowed) start(intent.action);
    else if (a?.code) toast({ kind: "error", title: `${w.actions[intent.action]}${colon(locale)}${reason(a)}` });
  };
  useEffect(() => {
    if (intent) onIntent.current();
  }, [intent]);

  const first = allowed[0]?.action;
  const button = (a: ActionAvailability, full = false) => (
    <Button
      key={a.action}
      variant={variantOf(a.action, a.action === first)}
      disabled={!a.allowed || runner.pending}
      title={a.allowed ? undefined : reason(a)}
      onClick={() => start(a.action)}
      className={full ? "w-full" : ""}
      data-testid={`action-${a.action}`}
    >
      {w.actions[a.action]}
    </Button>
  );
  const blockedList = blocked.length > 0 && (
    <ul className="space-y-1 text-xs text-slate-500" data-testid="blocked-actions">
      {blocked.map((a) => (
        <li key={a.action}>
          <span className="font-medium text-slate-600">{w.actions[a.action]}</span>
          {colon(locale)}
          {reason(a)}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      {/* Desktop: every allowed action inline. */}
      <section className="hidden space-y-2 md:block" aria-label={w.actions.more}>
        {allowed.length > 0 ? (
          <div className="flex flex-wrap gap-2">{allowed.map((a) => button(a))}</div>
        ) : (
          <p className="text-sm text-slate-500">{w.detail.noActions}</p>
        )}
        {blockedList}
      </section>
      {/* Phone: the main action at the thumb, the rest in a bottom sheet. (mb-0: the parent's space-y margin would
          lift a fixed bar off the bottom edge.) */}
      {shown.length > 0 && (
        <div className="fixed inset-x-0 bottom-0 z-10 mb-0 flex gap-2 border-t border-slate-200 bg-white p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] md:hidden">
          {allowed[0] && <div className="flex-1">{button(allowed[0], true)}</div>}
          <Button className="flex-1" onClick={() => setSheet(true)} data-testid="more-actions">
            {w.actions.more}
          </Button>
        </div>
      )}
      <Dialog open={sheet} onClose={() => setSheet(false)} title={w.actions.more} testId="action-sheet">
        <div className="space-y-2">
          {allowed.map((a) => button(a, true))}
          {blockedList}
        </div>
      </Dialog>
      {dialog && (
        <ActionDialog
          action={dialog}
          detail={detail}
          runner={runner}
          onClose={() => setDialog(null)}
          key={`${dialog}-${detail.ticket.id}`}
        />
      )}
    </>
  );
}
