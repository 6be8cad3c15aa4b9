"use client";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { carriers, reasons, responsibilities, ticketStatuses, ticketTypes } from "@/server/tickets/domain";
import { useI18n, useTRPC } from "../providers";
import { Dialog } from "../ui/Dialog";
import { Input, Select } from "../ui/Field";
import { useWorkbenchMessages } from "./messages";
import { useFilters } from "./useFilters";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5 sm:flex-row sm:items-start sm:gap-3">
      <span className="w-20 shrink-0 pt-1 text-xs font-medium text-slate-500">{label}</span>
      <div className="flex min-w-0 flex-1 flex-wrap gap-1.5">{children}</div>
    </div>
  );
}

function Chip({ on, onClick, children }: { on: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={onClick}
      className={`rounded-md px-2 py-1 text-xs ring-1 ring-inset transition ${
        on
          ? "bg-brand-50 font-medium text-brand-700 ring-brand-300"
          : "bg-white text-slate-600 ring-slate-200 hover:ring-slate-300"
      }`}
    >
      {children}
    </button>
  );
}

/** A text filter applied on Enter or blur, so typing does not reload the list at every key. */
function TextParam({
  k,
  label,
  type = "text",
  className = "",
}: {
  k: string;
  label: string;
  type?: string;
  className?: string;
}) {
  const { get, set } = useFilters();
  const current = get(k);
  const [v, setV] = useState(current);
  useEffect(() => setV(current), [current]);
  const apply = () => v.trim() !== current && set({ [k]: v.trim() || undefined });
  return (
    <Input
      type={type}
      value={v}
      aria-label={label}
      placeholder={label}
      onChange={(e) => setV(e.target.value)}
      onBlur={apply}
      onKeyDown={(e) => e.key === "Enter" && apply()}
      className={`py-1 ${className}`}
      inputMode={type === "number" ? "decimal" : undefined}
      min={type === "number" ? 0 : undefined}
    />
  );
}

/** Every filter of SPEC §5 beyond the quick filters; each one lives in the URL (useFilters). */
export function FilterPanel() {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  const f = w.filters;
  const trpc = useTRPC();
  const { get, list, set } = useFilters();
  const options = useQuery(trpc.tickets.filterOptions.queryOptions());
  const members = useQuery(trpc.me.members.queryOptions());
  const toggle = (k: string, value: string) => {
    const cur = list(k);
    const next = cur.includes(value) ? cur.filter((x) => x !== value) : [...cur, value];
    set({ [k]: next.join(",") || undefined });
  };
  const chips = <T extends string>(k: string, values: readonly T[], label: (v: T) => string) =>
    values.map((v) => (
      <Chip key={v} on={list(k).includes(v)} onClick={() => toggle(k, v)}>
        {label(v)}
      </Chip>
    ));
  const select = (k: string, label: string, opts: { value: string; label: string }[]) => (
    <Select
      aria-label={label}
      value={get(k)}
      onChange={(e) => set({ [k]: e.target.value || undefined })}
      className="w-full py-1 sm:w-48"
    >
      <option value="">{f.any}</option>
      {opts.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
  return (
    <div className="space-y-3" data-testid="filter-panel">
      <Row label={f.type}>{chips("type", ticketTypes, (v) => m.ticketType[v])}</Row>
      <Row label={f.status}>{chips("status", ticketStatuses, (v) => m.ticketStatus[v])}</Row>
      <Row label={f.responsibility}>{chips("resp", responsibilities, (v) => m.responsibility[v])}</Row>
      <Row label={f.reason}>{chips("reason", reasons, (v) => m.reason[v])}</Row>
      <Row label={f.amount}>
        <TextParam k="amin" label={f.amountMin} type="number" className="w-28" />
        <span className="self-center text-slate-400">–</span>
        <TextParam k="amax" label={f.amountMax} type="number" className="w-28" />
      </Row>
      <Row label={f.applied}>
        <TextParam k="from" label={f.applied} type="date" className="w-40" />
        <span className="self-center text-slate-400">–</span>
        <TextParam k="to" label={f.applied} type="date" className="w-40" />
      </Row>
      <div className="grid gap-3 sm:grid-cols-2">
        <Row label={f.carrier}>
          {select(
            "carrier",
            f.carrier,
            carriers.map((c) => ({ value: c, label: c })),
          )}
        </Row>
        <Row label={f.product}>
          {select(
            "product",
            f.product,
            (options.data?.products ?? []).map((p) => ({ value: p.id, label: p.title })),
          )}
        </Row>
        <Row label={f.assignee}>
          {select("assignee", f.assignee, [
            { value: "none", label: f.unassigned },
            ...(members.data ?? []).map((mb) => ({ value: mb.id, label: mb.displayName })),
          ])}
        </Row>
        <Row label={f.tag}>
          {select(
            "tag",
            f.tag,
            (options.data?.tags ?? []).map((t) => ({ value: t, label: t })),
          )}
        </Row>
      </div>
    </div>
  );
}

/** The same panel as a bottom sheet on a phone. */
export function FilterDialog({ onClose }: { onClose: () => void }) {
  const w = useWorkbenchMessages();
  return (
    <Dialog open onClose={onClose} title={w.filters.title} wide>
      <FilterPanel />
    </Dialog>
  );
}
