import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-slate-50";

/** A labelled form control; the label wraps it, so clicking the text focuses the control. */
export function Field({ label, help, children }: { label: ReactNode; help?: ReactNode; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control comes in as children, inside the label
    <label className="block space-y-1 text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      {children}
      {help && <span className="block text-xs text-slate-500">{help}</span>}
    </label>
  );
}

// Full width unless the caller sets a width: two width utilities would fight over the cascade.
const width = (className: string) => (/(^|\s|:)w-/.test(className) ? "" : "w-full");
export const Input = ({ className = "", ...p }: InputHTMLAttributes<HTMLInputElement>) => (
  <input className={`${control} ${width(className)} ${className}`} {...p} />
);
export const Select = ({ className = "", ...p }: SelectHTMLAttributes<HTMLSelectElement>) => (
  <select className={`${control} ${width(className)} ${className}`} {...p} />
);
export const Textarea = ({ className = "", ...p }: TextareaHTMLAttributes<HTMLTextAreaElement>) => (
  <textarea className={`${control} ${width(className)} ${className}`} rows={3} {...p} />
);

/** An inline error under a form: the server's own words (the rules' message), announced. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
      {message}
    </p>
  );
}
