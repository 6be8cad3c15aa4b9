"use client";
import { type FormEvent, useState } from "react";
import { fmt } from "@/messages/locale";
import type { WorkbenchMessages } from "@/messages/workbench";
import { carriers } from "@/server/tickets/domain";
import type { RuleCode, TicketAction } from "@/server/tickets/rules";
import { yuan } from "../../format";
import { useI18n } from "../../providers";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { Field, FormError, Input, Select, Textarea } from "../../ui/Field";
import { useWorkbenchMessages } from "../messages";
import { EvidenceInput } from "./EvidenceInput";
import { ruleText } from "./rule-text";
import type { TicketActionRunner, TicketDetail } from "./useTicketAction";

const shippingActions: TicketAction[] = ["upload_return_waybill", "provide_reissue_waybill", "ship_exchange"];
/** Money leaves the shop, or the decision cannot be taken back: ask once more (destructive actions confirm). */
const confirmActions: TicketAction[] = [
  "refund",
  "confirm_receipt",
  "request_interception",
  "agree_refusal_refund",
  "cancel_proxy",
];
// Shown before a rejection: the seed's advice is read before the decision, not after it.
const rejectHints: RuleCode[] = ["HINT_COMMUNICATE_BEFORE_REJECT", "HINT_UNJUSTIFIED_REJECTION_RULING"];

/** Whether an action needs a form or a confirmation; approving a return or a reissue needs neither. */
export function needsDialog(action: TicketAction, d: TicketDetail): boolean {
  if (action === "approve") return d.ticket.type === "refund_only";
  return (
    action === "reject" ||
    action === "request_evidence" ||
    shippingActions.includes(action) ||
    confirmActions.includes(action)
  );
}

function confirmText(action: TicketAction, d: TicketDetail, w: WorkbenchMessages): string {
  const amount = yuan(d.ticket.requestedFen);
  switch (action) {
    case "approve":
      return fmt(w.confirm.approveRefund, { amount });
    case "refund":
      return fmt(w.confirm.refund, { amount });
    case "confirm_receipt":
      return d.ticket.type === "exchange"
        ? w.confirm.confirmReceiptExchange
        : fmt(w.confirm.confirmReceiptRefund, { amount });
    case "request_interception":
      return w.confirm.requestInterception;
    case "agree_refusal_refund":
      return w.confirm.agreeRefusalRefund;
    default:
      return w.confirm.cancelProxy;
  }
}

export function ActionDialog({
  action,
  detail,
  runner,
  onClose,
}: {
  action: TicketAction;
  detail: TicketDetail;
  runner: TicketActionRunner;
  onClose: () => void;
}) {
  const { m, locale } = useI18n();
  const w = useWorkbenchMessages();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [evidence, setEvidence] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const [carrier, setCarrier] = useState("");
  const [waybill, setWaybill] = useState("");
  const version = detail.ticket.version;

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setError(null);
    let input: Record<string, unknown> = { version };
    // The rules check the input (blank reason, waybill format…) so the message is the same everywhere.
    if (action === "reject") input = { version, rejectReason: reason, evidence };
    if (action === "request_evidence") input = { version, message: message.trim() || undefined };
    if (shippingActions.includes(action)) input = { version, carrier, waybill: waybill.trim() };
    const r = await runner.run(action, input);
    if (r.ok || r.conflict) onClose();
    else setError(r.message);
  };

  const isReject = action === "reject";
  const danger = isReject || action === "refund" || action === "cancel_proxy";
  const title =
    isReject || !confirmActions.includes(action)
      ? w.actions[action]
      : fmt(w.confirm.title, { action: w.actions[action] });
  const hintCodes = isReject
    ? [...detail.hints, ...rejectHints]
    : action === "approve" || action === "refund"
      ? detail.hints
      : [];
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      testId="action-dialog"
      footer={
        <>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button
            variant={danger ? "dangerSolid" : "primary"}
            onClick={() => submit()}
            disabled={runner.pending}
            data-autofocus={isReject || shippingActions.includes(action) ? undefined : true}
            data-testid="dialog-submit"
          >
            {runner.pending ? w.form.submitting : w.actions[action]}
          </Button>
        </>
      }
    >
      <form onSubmit={submit} className="space-y-3">
        {(action === "approve" || confirmActions.includes(action)) && (
          <p className="text-sm text-slate-700">{confirmText(action, detail, w)}</p>
        )}
        {isReject && (
          <>
            <Field label={w.form.rejectReason}>
              <Textarea
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={w.form.rejectReasonPlaceholder}
                maxLength={400}
                data-autofocus
                name="rejectReason"
              />
            </Field>
            <EvidenceInput label={w.form.evidence} help={w.form.evidenceHelp} value={evidence} onChange={setEvidence} />
          </>
        )}
        {action === "request_evidence" && (
          <Field label={w.form.message}>
            <Textarea value={message} onChange={(e) => setMessage(e.target.value)} maxLength={200} />
          </Field>
        )}
        {shippingActions.includes(action) && (
          <div className="grid grid-cols-[8rem_1fr] gap-2">
            <Field label={w.form.carrier}>
              <Select value={carrier} onChange={(e) => setCarrier(e.target.value)} data-autofocus name="carrier">
                <option value="">{w.form.chooseCarrier}</option>
                {carriers.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </Select>
            </Field>
            <Field label={w.form.waybill}>
              <Input
                value={waybill}
                onChange={(e) => setWaybill(e.target.value)}
                maxLength={64}
                name="waybill"
                autoComplete="off"
              />
            </Field>
          </div>
        )}
        {hintCodes.length > 0 && (
          <ul className="space-y-1 rounded-lg bg-amber-50 p-3 text-xs text-amber-900">
            {[...new Set(hintCodes)].map((h) => (
              <li key={h}>• {ruleText(locale, h)}</li>
            ))}
          </ul>
        )}
        <FormError message={error} />
      </form>
    </Dialog>
  );
}
