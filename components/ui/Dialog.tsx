"use client";
import { type ReactNode, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";

/**
 * A modal dialog: centred on desktop, a bottom sheet on a phone. Esc and the backdrop close it; focus moves in on
 * open (to `[data-autofocus]` or the first control) and back to where it was on close. Rendered into <body>, so no
 * parent's layout (a space-y margin, a transform, overflow) can shift or clip it.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  wide = false,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    const el = panel.current;
    const target =
      el?.querySelector<HTMLElement>("[data-autofocus]") ??
      el?.querySelector<HTMLElement>("input, textarea, select, button:not([data-close])");
    // Nothing to type into: the panel itself takes focus, so Esc and Tab still reach the dialog.
    (target ?? el)?.focus();
    return () => before?.focus?.();
  }, [open]);
  // Dialogs open on interaction, after hydration; on the server there is no <body> to render into.
  if (!open || typeof document === "undefined") return null;
  const onKeyDown = (e: React.KeyboardEvent) => {
    // The workbench's global shortcuts never see keys typed inside a dialog.
    e.stopPropagation();
    if (e.key === "Escape") closeRef.current();
    if (e.key !== "Tab" || !panel.current) return;
    const focusable = panel.current.querySelectorAll<HTMLElement>(
      "a[href], button:not([disabled]), input:not([disabled]), textarea, select, [tabindex='0']",
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-end justify-center sm:items-center sm:p-4" onKeyDown={onKeyDown}>
      <div className="absolute inset-0 bg-slate-900/40" onClick={() => closeRef.current()} aria-hidden />
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
        className={`relative flex max-h-[92dvh] w-full flex-col rounded-t-2xl bg-white shadow-xl outline-none sm:rounded-2xl ${wide ? "sm:max-w-2xl" : "sm:max-w-md"}`}
      >
        <div className="flex items-center gap-2 border-b border-slate-100 px-4 py-3">
          <h2 id={titleId} className="flex-1 text-base font-semibold">
            {title}
          </h2>
          <button
            type="button"
            data-close
            onClick={() => closeRef.current()}
            className="grid h-8 w-8 place-items-center rounded-lg text-slate-500 hover:bg-slate-100"
            aria-label="close"
          >
            ✕
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-4 py-3">{children}</div>
        {footer && (
          <div className="flex flex-wrap justify-end gap-2 border-t border-slate-100 px-4 py-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
            {footer}
          </div>
        )}
      </div>
    </div>,
    document.body,
  );
}
