import type { ReactNode } from "react";

/** A settings card: a heading, one line saying what it is for, the content. */
export function Section({ title, explain, children }: { title: string; explain: string; children: ReactNode }) {
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200" aria-label={title}>
      <div>
        <h2 className="font-semibold">{title}</h2>
        <p className="text-sm text-slate-500">{explain}</p>
      </div>
      {children}
    </section>
  );
}
