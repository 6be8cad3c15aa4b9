import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/AppShell";
import { requireMember } from "@/server/session";

export const dynamic = "force-dynamic";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const me = await requireMember();
  if (!me.member || !me.shop) {
    return <main className="p-8 text-center text-slate-600">你还不是任何店铺的成员，请联系店主邀请你加入。</main>;
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
