"use client";

/** An on/off switch: a real button with role="switch", so keyboards and screen readers can use it. */
export function Toggle(props: {
  checked: boolean;
  label: string;
  disabled?: boolean;
  busy?: boolean;
  onChange: (next: boolean) => void;
}) {
  const { checked, label, disabled, busy, onChange } = props;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-busy={busy || undefined}
      disabled={disabled || busy}
      onClick={() => onChange(!checked)}
      className={`relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition disabled:cursor-not-allowed ${
        checked ? "bg-brand-500" : "bg-slate-300"
      } ${disabled ? "opacity-60" : ""} ${busy ? "animate-pulse" : ""}`}
    >
      <span
        aria-hidden
        className={`inline-block h-5 w-5 rounded-full bg-white shadow transition ${checked ? "translate-x-6" : "translate-x-1"}`}
      />
    </button>
  );
}
