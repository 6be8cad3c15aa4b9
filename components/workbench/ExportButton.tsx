"use client";
import { useRef, useState } from "react";
import { fmt } from "@/messages/locale";
import { Button } from "../ui/Button";
import { useToast } from "../ui/Toast";
import { useWorkbenchMessages } from "./messages";
import { useFilters } from "./useFilters";

type Progress = { rows: number; bytes: number; percent: number };
// Measured: a 100,000-row .xlsx is about 7.4 MB, i.e. ~75 bytes a row; the bar is an estimate until the end.
const xlsxBytesPerRow = 75;

const size = (b: number) => (b > 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(b / 1e3))} KB`);

function fileName(res: Response, fallback: string) {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)?.[1];
  return star ? decodeURIComponent(star) : fallback;
}

/** 批量导出: the URL's filter to .xlsx or .csv, streamed from /api/export, with progress. */
export function ExportButton() {
  const w = useWorkbenchMessages();
  const toast = useToast();
  const { filterKey } = useFilters();
  const [menu, setMenu] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const busy = useRef(false);

  async function run(format: "xlsx" | "csv") {
    setMenu(false);
    if (busy.current) return;
    busy.current = true;
    try {
      const res = await fetch(`/api/export?format=${format}${filterKey ? `&${filterKey}` : ""}`);
      if (!res.ok || !res.body) {
        const body = await res.json().catch(() => null);
        throw new Error(body?.error?.message ?? res.statusText);
      }
      const rows = Number(res.headers.get("x-export-rows") ?? 0);
      const expected = rows * xlsxBytesPerRow + 4_000;
      const reader = res.body.getReader();
      const parts: BlobPart[] = [];
      let bytes = 0;
      let lines = 0;
      setProgress({ rows, bytes: 0, percent: 0 });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.length;
        // A CSV row is a line: exact progress; an .xlsx is zipped, so its size is the estimate.
        if (format === "csv") for (const b of value) if (b === 10) lines++;
        const percent = format === "csv" ? (rows ? (lines - 1) / rows : 1) : bytes / expected;
        setProgress({ rows, bytes, percent: Math.min(0.99, Math.max(0, percent)) });
      }
      const blob = new Blob(parts, {
        type: res.headers.get("content-type") ?? "application/octet-stream",
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName(res, `tickets.${format}`);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      toast({ kind: "ok", title: fmt(w.export.done, { rows }) });
    } catch (e) {
      toast({ kind: "error", title: fmt(w.export.failed, { message: (e as Error).message }) });
    } finally {
      busy.current = false;
      setProgress(null);
    }
  }

  return (
    <div className="relative">
      <Button onClick={() => setMenu((v) => !v)} aria-expanded={menu} disabled={!!progress} data-testid="export">
        {progress ? fmt(w.export.running, { rows: progress.rows }) : w.export.button}
      </Button>
      {menu && (
        <div className="absolute right-0 z-30 mt-1 w-48 overflow-hidden rounded-xl bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
          <button
            type="button"
            className="block w-full px-3 py-2 text-left hover:bg-slate-50"
            onClick={() => run("xlsx")}
            data-testid="export-xlsx"
          >
            {w.export.xlsx}
          </button>
          <button
            type="button"
            className="block w-full px-3 py-2 text-left hover:bg-slate-50"
            onClick={() => run("csv")}
            data-testid="export-csv"
          >
            {w.export.csv}
          </button>
        </div>
      )}
      {progress && (
        <div
          className="fixed inset-x-3 bottom-20 z-[55] rounded-xl bg-white p-3 text-sm shadow-lg ring-1 ring-slate-200 md:inset-x-auto md:right-5 md:bottom-5 md:w-72"
          role="status"
          data-testid="export-progress"
        >
          <p className="font-medium">{fmt(w.export.running, { rows: progress.rows })}</p>
          <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100">
            <div
              className="h-full bg-brand-500 transition-all"
              style={{ width: `${Math.round(progress.percent * 100)}%` }}
            />
          </div>
          <p className="mt-1 text-xs text-slate-500">{fmt(w.export.progress, { size: size(progress.bytes) })}</p>
        </div>
      )}
    </div>
  );
}
