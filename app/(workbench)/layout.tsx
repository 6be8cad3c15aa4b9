import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/AppShell";
import { LOCALE_COOKIE, messagesFor, parseLocale } from "@/messages";
import { requireMember } from "@/server/session";

export const dynamic = "force-dynamic";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const me = await requireMember();
  if (!me.member || !me.shop) {
    const m = messagesFor(parseLocale((await cookies()).get(LOCALE_COOKIE)?.value));
    return <main className="p-8 text-center text-slate-600">{m.common.noShop}</main>;
  }
  return (
    <AppShell
      me={{
        userName: me.user.name,
        memberName: me.member.displayName,
        role: me.member.role,
        shop: me.shop,
        shops: me.shops,
      }}
    >
      {children}
    </AppShell>
  );
}
