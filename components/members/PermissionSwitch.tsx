"use client";
// One permission as a switch (a checkbox with role=switch: Space toggles it, the label names member and permission).

export function PermissionSwitch({
  checked,
  disabled,
  onChange,
  label,
  title,
  testId,
}: {
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
  label: string;
  title?: string;
  testId?: string;
}) {
  return (
    <label
      className={`relative inline-flex items-center ${disabled ? "cursor-not-allowed" : "cursor-pointer"}`}
      title={title}
    >
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        className="peer sr-only"
        checked={checked}
        disabled={disabled}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span
        aria-hidden
        className={`flex h-6 w-11 items-center rounded-full p-0.5 transition peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500 ${
          checked ? "bg-brand-500" : "bg-slate-300"
        } ${disabled ? "opacity-50" : ""}`}
      >
        <span className={`h-5 w-5 rounded-full bg-white shadow transition ${checked ? "translate-x-5" : ""}`} />
      </span>
    </label>
  );
}
