import Link from "next/link";
import type { PropsWithChildren, ReactNode } from "react";

type Props = { title: ReactNode; meta?: ReactNode; subtitle?: ReactNode; back?: { href: string; label: string } };

/** A page's back link, h1 and subtitle; `meta` sits beside the title (a count, tabs), the children are its actions. */
export function PageHeader({ title, meta, subtitle, back, children }: PropsWithChildren<Props>) {
  return (
    <header>
      {back && (
        <Link href={back.href} className="text-sm text-slate-500 hover:text-slate-800">
          ← {back.label}
        </Link>
      )}
      {/* Actions stay on the right, below the title when a phone has no room beside it. */}
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{title}</h1>
        {meta}
        {children && <div className="ml-auto flex items-center gap-2">{children}</div>}
      </div>
      {subtitle && <p className="text-sm text-slate-500">{subtitle}</p>}
    </header>
  );
}
