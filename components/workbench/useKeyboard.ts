"use client";
import { useEffect, useRef } from "react";

/**
 * Global single-key shortcuts (j/k, enter, a, r, x, /, ?, escape). Keys typed into a field, or while a modal dialog
 * is open, are left alone; Enter on a focused button or link keeps its own meaning.
 */
export function useKeyboard(handlers: Record<string, () => void>) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el?.closest("input, textarea, select, [contenteditable='true']")) {
        if (e.key === "Escape") el.blur();
        return;
      }
      if (e.key === "Enter" && el?.closest("button, a")) return;
      if (document.querySelector("[aria-modal='true']")) return;
      // Named keys in lower case ("enter", "escape"); printable keys as typed ("j", "/", "?").
      const h = ref.current[e.key.length > 1 ? e.key.toLowerCase() : e.key];
      if (!h) return;
      e.preventDefault();
      h();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
