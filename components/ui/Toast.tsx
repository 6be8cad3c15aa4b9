"use client";
import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

export type Toast = { kind: "ok" | "error"; title: string; lines?: string[] };
type Shown = Toast & { id: number };

const ToastContext = createContext<(t: Toast) => void>(() => {});
export const useToast = () => useContext(ToastContext);

let nextId = 1;

/** Short confirmations and failures after an action; errors stay longer. Announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const push = useCallback((t: Toast) => {
    const id = nextId++;
    setShown((s) => [...s.slice(-2), { ...t, id }]);
    setTimeout(() => setShown((s) => s.filter((x) => x.id !== id)), t.kind === "error" ? 9_000 : 6_000);
  }, []);
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div
        className="pointer-events-none fixed inset-x-3 bottom-20 z-[60] flex flex-col items-center gap-2 md:inset-x-auto md:right-5 md:bottom-5 md:items-end"
        aria-live="polite"
      >
        {shown.map((t) => (
          <div
            key={t.id}
            role={t.kind === "error" ? "alert" : "status"}
            data-testid="toast"
            className={`pointer-events-auto w-full max-w-sm rounded-xl px-4 py-3 text-sm shadow-lg ring-1 ${
              t.kind === "error" ? "bg-red-50 text-red-800 ring-red-200" : "bg-slate-900 text-white ring-slate-900"
            }`}
          >
            <p className="font-medium">{t.title}</p>
            {t.lines?.map((l) => (
              <p key={l} className="mt-1 text-xs opacity-80">
                {l}
              </p>
            ))}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
