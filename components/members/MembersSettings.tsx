"use client";
// 设置 → 成员与权限 (SPEC §1): the shop's members with role and permissions, a table on desktop and cards on a phone.
// Everyone in the shop sees the list; the owner and members with 设置权限 get the controls (rules.ts decides which).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { LoadError } from "@/components/ui/LoadError";
import { PageHeader } from "@/components/ui/PageHeader";
import { ToastProvider } from "@/components/ui/Toast";
import { fmt } from "@/messages/locale";
import { membersMessages } from "@/messages/members";
import { canManageMembers, memberControls, permissionKeys } from "@/server/members/rules";
import { AddMemberDialog } from "./AddMemberDialog";
import { memberErrorMessage } from "./errors";
import { MemberCard, MemberTableRow } from "./MemberRow";
import { RemoveMemberDialog } from "./RemoveMemberDialog";
import type { MembersList, MemberView } from "./useMemberEdit";

export function MembersSettings() {
  return (
    <ToastProvider>
      <MembersPage />
    </ToastProvider>
  );
}

function MembersPage() {
  const { locale } = useI18n();
  const t = membersMessages[locale];
  const trpc = useTRPC();
  const list = useQuery(trpc.members.list.queryOptions());
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const actor = list.data?.members.find((m) => m.id === list.data?.meId);
  const canManage = actor ? canManageMembers(actor) : false;
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.title} subtitle={t.subtitle}>
        {canManage && (
          <Button variant="primary" onClick={() => setAdding(true)} data-testid="add-member">
            {t.add.open}
          </Button>
        )}
      </PageHeader>
      {list.isPending && (
        <div className="h-48 animate-pulse rounded-xl bg-slate-100" aria-busy data-testid="members-loading" />
      )}
      {list.isError && (
        <LoadError
          title={t.loadError}
          message={memberErrorMessage(list.error, locale)}
          retry={t.retry}
          onRetry={() => list.refetch()}
        />
      )}
      {list.data && !canManage && (
        <p
          role="note"
          data-testid="members-read-only"
          className="rounded-xl bg-slate-100 px-4 py-3 text-sm text-slate-600"
        >
          {t.readOnly}
        </p>
      )}
      {list.data?.members.length === 0 && (
        <p className="rounded-xl bg-white px-4 py-8 text-center text-sm text-slate-500 ring-1 ring-slate-200">
          {t.empty}
        </p>
      )}
      {list.data && list.data.members.length > 0 && (
        <Members data={list.data} canManage={canManage} onRemove={setRemoving} />
      )}
      {actor && canManage && <AddMemberDialog open={adding} onClose={() => setAdding(false)} actor={actor} />}
      <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />
    </div>
  );
}

function Members({
  data,
  canManage,
  onRemove,
}: {
  data: MembersList;
  canManage: boolean;
  onRemove: (m: MemberView) => void;
}) {
  const { locale } = useI18n();
  const t = membersMessages[locale];
  const actor = data.members.find((m) => m.id === data.meId);
  const owners = data.members.filter((m) => m.role === "owner").length;
  const rows = data.members.map((member) => ({
    member,
    isMe: member.id === data.meId,
    controls: memberControls(actor ?? { ...member, role: "agent", canManageSettings: false }, member, owners),
    canManage,
    onRemove,
  }));
  return (
    <section aria-label={t.title} className="space-y-2">
      <p className="text-sm text-slate-500">
        {fmt(t.count, { n: data.members.length })}
        {canManage && <span className="hidden md:inline"> · {t.impliedLegend}</span>}
      </p>
      <div className="hidden overflow-hidden rounded-xl bg-white ring-1 ring-slate-200 md:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">{t.columns.member}</th>
              <th className="px-3 py-2 font-medium">{t.columns.role}</th>
              {permissionKeys.map((p) => (
                <th key={p} className="px-3 py-2 text-center font-medium" title={t.permissionHelp[p]}>
                  {t.permissions[p]}
                </th>
              ))}
              <th className="px-3 py-2 font-medium">{t.columns.joined}</th>
              {canManage && <th className="px-4 py-2 text-right font-medium">{t.columns.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <MemberTableRow key={r.member.id} {...r} />
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden">
        {rows.map((r) => (
          <MemberCard key={r.member.id} {...r} />
        ))}
      </ul>
    </section>
  );
}
