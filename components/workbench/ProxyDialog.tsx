"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fmt } from "@/messages/locale";
import type { Reason, TicketType } from "@/server/tickets/domain";
import { reasons } from "@/server/tickets/domain";
import type { FoundOrder } from "@/server/tickets/order-lookup";
import { proxyTicketTypes } from "@/server/tickets/rules";
import { dateTime, yuan } from "../format";
import { useI18n, useTRPC } from "../providers";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { Field, FormError, Input, Select, Textarea } from "../ui/Field";
import { useToast } from "../ui/Toast";
import { EvidenceInput } from "./detail/EvidenceInput";
import { ruleText } from "./detail/rule-text";
import { useWorkbenchMessages } from "./messages";

const toFen = (s: string) => (/^\d{1,9}(\.\d{1,2})?$/.test(s.trim()) ? Math.round(Number(s.trim()) * 100) : Number.NaN);

/**
 * 代客发起售后 (SPEC §4): find the order, fill type, reason, amount (≤ paid) and evidence, send the card to the
 * buyer. The order-kind rule is told as soon as the order is found; the server has the last word on everything.
 */
export function ProxyDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (ticketId: number) => void }) {
  const { m, locale } = useI18n();
  const w = useWorkbenchMessages();
  const p = w.proxy;
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const found = useQuery({ ...trpc.tickets.findOrders.queryOptions({ query }), enabled: query !== "" });
  const [order, setOrder] = useState<FoundOrder | null>(null);
  const [type, setType] = useState<TicketType>("refund_only");
  const [reason, setReason] = useState<Reason>("no_longer_wanted");
  const [amount, setAmount] = useState("");
  const [statement, setStatement] = useState("");
  const [evidence, setEvidence] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const initiate = useMutation(trpc.actions.initiateForBuyer.mutationOptions());

  const choose = (o: FoundOrder) => {
    setOrder(o);
    setAmount((o.paidFen / 100).toFixed(2));
    setError(null);
  };
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!order) return;
    setError(null);
    try {
      const res = await initiate.mutateAsync({
        orderId: order.id,
        type,
        reason,
        amountFen: toFen(amount),
        statement,
        evidence,
      });
      await qc.invalidateQueries({ queryKey: trpc.tickets.pathKey() });
      toast({ kind: "ok", title: fmt(p.done, { id: res.ticket.id }) });
      onOpen(res.ticket.id);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={p.title}
      wide
      testId="proxy-dialog"
      footer={
        order && (
          <>
            <Button onClick={() => setOrder(null)}>{p.change}</Button>
            <Button
              variant="primary"
              onClick={() => submit()}
              disabled={initiate.isPending || !!order.proxyRefusal}
              data-testid="proxy-submit"
            >
              {initiate.isPending ? w.form.submitting : p.submit}
            </Button>
          </>
        )
      }
    >
      <div className="space-y-3 text-sm">
        <p className="text-slate-600">{p.intro}</p>
        {!order && (
          <>
            <form
              className="flex gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                setQuery(text.trim());
              }}
            >
              <Input
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={p.findPlaceholder}
                aria-label={p.find}
                name="order-query"
              />
              <Button type="submit" variant="primary">
                {p.search}
              </Button>
            </form>
            {found.isFetching && <p className="text-slate-500">{m.common.loading}</p>}
            {found.isError && <FormError message={found.error.message} />}
            {found.data?.length === 0 && <p className="text-slate-500">{p.noOrders}</p>}
            <ul className="space-y-2">
              {found.data?.map((o) => (
                <li key={o.id} className="rounded-xl p-3 ring-1 ring-slate-200" data-testid="found-order">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="font-mono text-xs">{o.id}</span>
                    <span className="text-xs text-slate-500">
                      {w.orderKind[o.kind]} · {o.buyerNick} · {dateTime(o.paidAt)}
                    </span>
                  </div>
                  <p className="mt-1">{o.items.map((i) => `${i.title} ×${i.qty}`).join("，")}</p>
                  <p className="text-xs text-slate-500">
                    {w.detail.paid} {yuan(o.paidFen)} · {w.logistics[o.logisticsStatus]}
                  </p>
                  {o.proxyRefusal ? (
                    <p
                      role="alert"
                      className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-red-700"
                      data-testid="proxy-refusal"
                    >
                      {ruleText(locale, o.proxyRefusal, { kind: o.kind })}
                    </p>
                  ) : o.openTicketId ? (
                    <button
                      type="button"
                      onClick={() => o.openTicketId && onOpen(o.openTicketId)}
                      className="mt-2 block w-full rounded-lg bg-amber-50 px-3 py-2 text-left text-amber-800 hover:underline"
                    >
                      {fmt(p.openTicket, { id: o.openTicketId })}
                    </button>
                  ) : (
                    <Button
                      className="mt-2"
                      size="sm"
                      variant="primary"
                      onClick={() => choose(o)}
                      data-testid="proxy-choose"
                    >
                      {p.choose}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {order && (
          <form onSubmit={submit} className="space-y-3">
            <p className="rounded-lg bg-slate-50 px-3 py-2">
              <span className="font-mono text-xs">{order.id}</span> · {order.buyerNick} · {w.detail.paid}{" "}
              {yuan(order.paidFen)}
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={p.type}>
                <Select value={type} onChange={(e) => setType(e.target.value as TicketType)} name="type">
                  {proxyTicketTypes.map((t) => (
                    <option key={t} value={t}>
                      {m.ticketType[t]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={p.reason}>
                <Select value={reason} onChange={(e) => setReason(e.target.value as Reason)} name="reason">
                  {reasons.map((r) => (
                    <option key={r} value={r}>
                      {m.reason[r]}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field label={p.amount} help={fmt(p.amountHelp, { paid: yuan(order.paidFen) })}>
              <Input
                value={amount}
                onChange={(e) => {
                  // An amount error goes away as the agent corrects it, not only on the next submit.
                  setAmount(e.target.value);
                  setError(null);
                }}
                inputMode="decimal"
                name="amount"
              />
            </Field>
            <Field label={p.statement}>
              <Textarea value={statement} onChange={(e) => setStatement(e.target.value)} maxLength={500} rows={2} />
            </Field>
            <EvidenceInput label={p.evidence} value={evidence} onChange={setEvidence} />
          </form>
        )}
        <FormError message={error} />
      </div>
    </Dialog>
  );
}
