"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../providers";

/** Sandbox mode only: make the sandbox buyers busy, or move the app clock so timers fire. */
export function SandboxControl() {
  const { m } = useI18n();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  async function post(path: string, body: unknown, done: (json: Record<string, unknown>) => string) {
    setBusy(true);
    setNote(null);
    try {
      const res = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = await res.json().catch(() => ({}));
      setNote(res.ok ? done(json) : (json?.error?.message ?? m.common.genericError));
      await qc.invalidateQueries();
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="relative">
      <button
        type="button"
        onClick={() => setOpen((v) => !v)}
        className="rounded-lg border border-dashed border-amber-400 bg-amber-50 px-2 py-1 text-xs text-amber-800"
        aria-expanded={open}
      >
        {m.sandbox.title}
      </button>
      {open && (
        <div className="absolute right-0 z-40 mt-2 w-64 rounded-xl bg-white p-3 text-sm shadow-lg ring-1 ring-slate-200">
          <p className="mb-2 text-xs text-slate-500">{m.sandbox.explain}</p>
          <div className="flex flex-col gap-2">
            <button
              type="button"
              disabled={busy}
              className="rounded-lg bg-slate-900 px-3 py-1.5 text-white disabled:opacity-50"
              onClick={() => post("/api/sandbox/activity", { count: 20 }, () => m.sandbox.activityDone)}
            >
              {m.sandbox.activity}
            </button>
            <div className="flex gap-2">
              {[60, 24 * 60].map((min) => (
                <button
                  key={min}
                  type="button"
                  disabled={busy}
                  className="flex-1 rounded-lg bg-white px-2 py-1.5 ring-1 ring-slate-300 disabled:opacity-50"
                  onClick={() => post("/api/sandbox/clock", { advanceMinutes: min }, () => m.sandbox.clockDone)}
                >
                  {min === 60 ? m.sandbox.plusHour : m.sandbox.plusDay}
                </button>
              ))}
            </div>
          </div>
          {note && (
            <p className="mt-2 text-xs text-slate-600" role="status">
              {note}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
