"use client";
// 预警阈值: per metric, the default, a shop's own number, or off. Entered in people's units (%, hours, points),
// stored in the metric's own (0–1, seconds, points).
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { type FormEvent, useState } from "react";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import type { MetricId, MetricKind } from "@/server/metrics/definitions";
import type { AppRouter } from "@/server/routers/_app";
import { useI18n, useTRPC } from "../providers";

const toInput = (kind: MetricKind, v: number) =>
  String(kind === "rate" ? Math.round(v * 1000) / 10 : kind === "duration" ? Math.round((v / 3600) * 10) / 10 : v);
const fromInput = (kind: MetricKind, s: string) =>
  kind === "rate" ? Number(s) / 100 : kind === "duration" ? Math.round(Number(s) * 3600) : Number(s);

type Row = { mode: "default" | "custom" | "off"; value: string };

type Threshold = inferRouterOutputs<AppRouter>["warnings"]["thresholds"][number];

export function ThresholdsForm({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { data } = useSuspenseQuery(trpc.warnings.thresholds.queryOptions());
  // Out here, so "saved" outlives the editor that is rebuilt from the saved thresholds.
  const save = useMutation(
    trpc.warnings.updateThresholds.mutationOptions({
      onSuccess: (saved) => {
        // The answer is the new thresholds: the editor is rebuilt from it in the same render as "saved".
        qc.setQueryData(trpc.warnings.thresholds.queryKey(), saved);
        qc.invalidateQueries({ queryKey: trpc.warnings.list.queryKey() });
      },
    }),
  );
  // A fresh editor whenever the saved thresholds change (after a save, or another lead's).
  const status = { pending: save.isPending, saved: save.isSuccess, error: save.error?.message ?? null };
  return (
    <ThresholdsEditor
      key={JSON.stringify(data)}
      data={data}
      canEdit={canEdit}
      onSave={(input) => save.mutate(input)}
      status={status}
    />
  );
}

type EditorProps = {
  data: Threshold[];
  canEdit: boolean;
  onSave: (input: { thresholds: Partial<Record<MetricId, number | null>>; reset: MetricId[] }) => void;
  status: { pending: boolean; saved: boolean; error: string | null };
};

function ThresholdsEditor({ data, canEdit, onSave, status }: EditorProps) {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  const initial = () =>
    Object.fromEntries(
      data.map((r) => [
        r.metric,
        {
          mode: !r.custom ? "default" : r.threshold === null ? "off" : "custom",
          value: r.custom && r.threshold !== null ? toInput(r.kind, r.threshold) : "",
        } satisfies Row,
      ]),
    ) as Record<MetricId, Row>;
  const [rows, setRows] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only what changed, so another lead's edit of another metric is never undone.
    const before = initial();
    const thresholds: Partial<Record<MetricId, number | null>> = {};
    const reset: MetricId[] = [];
    for (const r of data) {
      const row = rows[r.metric];
      const was = before[r.metric];
      if (row.mode === was.mode && row.value === was.value) continue;
      if (row.mode === "off") thresholds[r.metric] = null;
      else if (row.mode === "custom" && row.value.trim() !== "") thresholds[r.metric] = fromInput(r.kind, row.value);
      else reset.push(r.metric);
    }
    onSave({ thresholds, reset });
  };
  const set = (id: MetricId, patch: Partial<Row>) => setRows((s) => ({ ...s, [id]: { ...s[id], ...patch } }));
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t.thresholds.title}>
      <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
        {data.map((r) => {
          const row = rows[r.metric];
          const unit = t.thresholds.unit[r.kind];
          return (
            <li
              key={r.metric}
              className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm"
              data-testid={`threshold-${r.metric}`}
            >
              <span className="min-w-0 flex-1 basis-40">{t.metric[r.metric].name}</span>
              <span className="text-xs text-slate-500">
                {r.better === "higher" ? t.thresholds.lower : t.thresholds.higher}
              </span>
              <input
                type="number"
                step="any"
                inputMode="decimal"
                aria-label={`${t.metric[r.metric].name} ${t.thresholds.when}`}
                disabled={!canEdit || row.mode === "off"}
                value={row.value}
                placeholder={
                  r.default === null ? t.thresholds.off : fmt(t.thresholds.default, { v: toInput(r.kind, r.default) })
                }
                onChange={(e) => set(r.metric, { value: e.target.value, mode: e.target.value ? "custom" : "default" })}
                className="w-28 rounded-lg border border-slate-300 px-2 py-1 text-right tabular-nums disabled:bg-slate-50"
              />
              <span className="w-8 text-xs text-slate-500">{unit}</span>
              <label className="flex items-center gap-1 text-xs text-slate-600">
                <input
                  type="checkbox"
                  disabled={!canEdit}
                  checked={row.mode === "off"}
                  onChange={(e) => set(r.metric, { mode: e.target.checked ? "off" : "default", value: "" })}
                />
                {t.thresholds.off}
              </label>
            </li>
          );
        })}
      </ul>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={status.pending}
            className="rounded-lg bg-brand-500 px-4 py-1.5 text-sm text-white hover:bg-brand-600 disabled:opacity-50"
          >
            {t.thresholds.save}
          </button>
          {status.saved && <span className="text-sm text-emerald-700">{t.thresholds.saved}</span>}
          {status.error && (
            <span role="alert" className="text-sm text-red-600">
              {status.error}
            </span>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t.thresholds.readOnly}</p>
      )}
    </form>
  );
}
