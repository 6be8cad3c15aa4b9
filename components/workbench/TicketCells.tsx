"use client";
import { fmt } from "@/messages/locale";
import { useI18n } from "../providers";
import { useWorkbenchMessages } from "./messages";
import type { TicketRow } from "./useTicketRows";

export function Thumb({ src, title, size = "md" }: { src: string | null; title: string; size?: "md" | "lg" }) {
  const box = size === "lg" ? "h-14 w-14 text-lg" : "h-10 w-10 text-sm";
  return (
    <div
      className={`grid shrink-0 place-items-center overflow-hidden rounded-lg bg-brand-50 font-semibold text-brand-600 ${box}`}
    >
      {src ? <img src={src} alt="" className="h-full w-full object-cover" /> : title.slice(0, 1)}
    </div>
  );
}

const statusTone: Partial<Record<TicketRow["status"], string>> = {
  pending_review: "bg-amber-50 text-amber-800 ring-amber-200",
  awaiting_receipt: "bg-blue-50 text-blue-700 ring-blue-200",
  awaiting_evidence: "bg-amber-50 text-amber-700 ring-amber-100",
  refusal_refund: "bg-orange-50 text-orange-700 ring-orange-200",
  intercepting: "bg-orange-50 text-orange-700 ring-orange-200",
  awaiting_reissue: "bg-sky-50 text-sky-700 ring-sky-200",
  awaiting_exchange_ship: "bg-sky-50 text-sky-700 ring-sky-200",
  refunded: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  completed: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  rejected: "bg-red-50 text-red-700 ring-red-200",
  closed: "bg-slate-100 text-slate-500 ring-slate-200",
  platform_intervention: "bg-purple-50 text-purple-700 ring-purple-200",
};
export function StatusBadge({ status }: { status: TicketRow["status"] }) {
  const { m } = useI18n();
  return (
    <span
      data-testid="status"
      className={`inline-block whitespace-nowrap rounded-md px-1.5 py-0.5 text-xs ring-1 ring-inset ${statusTone[status] ?? "bg-slate-50 text-slate-700 ring-slate-200"}`}
    >
      {m.ticketStatus[status]}
    </span>
  );
}

export function Tags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((g) => (
        <span key={g} className="rounded bg-slate-100 px-1.5 text-xs leading-5 text-slate-600">
          {g}
        </span>
      ))}
    </span>
  );
}

/** Return logistics: status, and the carrier once the buyer (or the agent for them) gave a waybill. */
export function ReturnCell({ t }: { t: TicketRow }) {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  if (t.returnStatus === "none") {
    return (
      <span className="text-xs text-slate-400">{`${w.list.forward} · ${w.logistics[t.orderLogisticsStatus]}`}</span>
    );
  }
  return (
    <span className="flex flex-col leading-tight">
      <span className={t.returnStatus === "signed" ? "font-medium text-blue-700" : "text-slate-700"}>
        {m.returnStatus[t.returnStatus]}
      </span>
      {t.returnCarrier && (
        <span className="text-xs text-slate-500">{fmt(w.list.returnBy, { carrier: t.returnCarrier })}</span>
      )}
    </span>
  );
}
