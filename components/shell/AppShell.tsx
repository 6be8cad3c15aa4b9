"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useI18n } from "../providers";
import { LocaleSwitch } from "./LocaleSwitch";
import { navItems } from "./nav";
import { SandboxControl } from "./SandboxControl";
import { ShopSwitch } from "./ShopSwitch";

export type ShellMe = {
  userName: string;
  memberName: string;
  role: "owner" | "lead" | "agent";
  /** sandboxControls: the sandbox routes exist for this shop (SANDBOX=1 and a sandbox shop; server/clock.ts). */
  shop: { id: string; name: string; sandboxControls: boolean };
  shops: { id: string; name: string; role: string }[];
};

export function AppShell({ me, children }: { me: ShellMe; children: ReactNode }) {
  const { m } = useI18n();
  const path = usePathname();
  const router = useRouter();
  const signOut = async () => {
    // The auth client is only needed for this click: loaded then, not with every signed-in page.
    const { authClient } = await import("../auth-client");
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  };
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white px-3 sm:px-5">
        <Link href="/workbench" className="flex items-center gap-2 font-semibold">
          <span className="grid h-8 w-8 place-items-center rounded-lg bg-brand-500 text-white">售</span>
          <span className="hidden sm:inline">{m.app.name}</span>
        </Link>
        <nav className="ml-4 hidden gap-1 md:flex" aria-label="main">
          {navItems.map((n) => (
            <Link
              key={n.href}
              href={n.href}
              className={`rounded-lg px-3 py-1.5 text-sm ${path.startsWith(n.href) ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
            >
              {m.nav[n.key]}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {me.shop.sandboxControls && <SandboxControl />}
          <ShopSwitch current={me.shop} shops={me.shops} />
          <div className="hidden sm:block">
            <LocaleSwitch />
          </div>
          <span className="hidden text-sm text-slate-600 lg:inline" data-testid="member-name">
            {me.memberName} · {m.roles[me.role]}
          </span>
          <button
            type="button"
            onClick={signOut}
            className="rounded-lg px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
          >
            {m.common.signOut}
          </button>
        </div>
      </header>
      <main className="flex-1 pb-16 md:pb-0">{children}</main>
      <nav
        className="fixed inset-x-0 bottom-0 z-30 flex h-14 border-t border-slate-200 bg-white md:hidden"
        aria-label="mobile"
      >
        {navItems.map((n) => (
          <Link
            key={n.href}
            href={n.href}
            className={`flex min-w-0 flex-1 flex-col items-center justify-center whitespace-nowrap text-[11px] ${path.startsWith(n.href) ? "text-brand-600" : "text-slate-500"}`}
          >
            <span aria-hidden>{n.icon}</span>
            {m.nav[n.key]}
          </Link>
        ))}
        <div className="flex w-16 shrink-0 items-center justify-center [&_select]:w-15 [&_select]:px-1">
          <LocaleSwitch />
        </div>
      </nav>
    </div>
  );
}
