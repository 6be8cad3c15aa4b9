"use client";
import { fmt } from "@/messages/locale";
import { Button } from "../ui/Button";
import { type BatchKind, batchAllMax } from "./batch";
import { useWorkbenchMessages } from "./messages";

/** What is selected, "select all N matching this filter", and the batch actions of SPEC §4. */
export function BatchBar({
  count,
  allMatching,
  matching,
  canSelectAll,
  onSelectAll,
  onClear,
  onAction,
}: {
  count: number;
  allMatching: boolean;
  matching: number | undefined;
  canSelectAll: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (k: BatchKind) => void;
}) {
  const w = useWorkbenchMessages();
  if (count === 0 && !allMatching) return null;
  const actions: [BatchKind, string][] = [
    ["approve", w.batch.approve],
    ["reject", w.batch.reject],
    ["confirm_receipt", w.batch.confirmReceipt],
    ["assign", w.batch.assign],
    ["tag", w.batch.tag],
    ["message", w.batch.message],
  ];
  const all = Math.min(matching ?? 0, batchAllMax);
  return (
    <div
      className="sticky top-14 z-20 flex flex-wrap items-center gap-2 rounded-xl bg-slate-900 px-3 py-2 text-sm text-white shadow-lg"
      data-testid="batch-bar"
    >
      <span className="font-medium" data-testid="batch-count">
        {allMatching ? fmt(w.batch.allSelected, { n: all }) : fmt(w.batch.selected, { n: count })}
      </span>
      {!allMatching && canSelectAll && matching !== undefined && matching > count && (
        <button
          type="button"
          onClick={onSelectAll}
          className="text-brand-100 underline underline-offset-2"
          data-testid="select-all-matching"
        >
          {fmt(matching > batchAllMax ? w.batch.selectAllCapped : w.batch.selectAll, { n: all })}
        </button>
      )}
      <div className="ml-auto flex max-w-full gap-1.5 overflow-x-auto">
        {actions.map(([k, label]) => (
          <Button
            key={k}
            size="sm"
            variant={k === "reject" ? "danger" : "secondary"}
            onClick={() => onAction(k)}
            data-testid={`batch-${k}`}
          >
            {label}
          </Button>
        ))}
        <button
          type="button"
          className="shrink-0 px-2 text-sm text-slate-200 underline-offset-2 hover:underline"
          onClick={onClear}
        >
          {w.batch.clear}
        </button>
      </div>
    </div>
  );
}
