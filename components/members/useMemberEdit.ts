"use client";
// Saving one member's role or permissions: the whole new state with the version the page shows (compare-and-set).
// While saving, the row shows the intended state and its controls are disabled; on success the list's copy is
// replaced by the saved row; a stale copy (someone else changed or removed the member) refreshes the list.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { useToast } from "@/components/ui/Toast";
import { fmt } from "@/messages/locale";
import { membersMessages } from "@/messages/members";
import type { MemberState } from "@/server/members/rules";
import type { AppRouter } from "@/server/routers/_app";
import { isStale, memberErrorMessage } from "./errors";

export type MembersList = inferRouterOutputs<AppRouter>["members"]["list"];
export type MemberView = MembersList["members"][number];

export const stateOf = (m: MemberState): MemberState => ({
  role: m.role,
  canHandleAfterSales: m.canHandleAfterSales,
  canManageStrategies: m.canManageStrategies,
  canManageSettings: m.canManageSettings,
});

export function useMemberEdit(member: MemberView) {
  const { locale } = useI18n();
  const t = membersMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const listKey = trpc.members.list.queryKey();
  const [pending, setPending] = useState<MemberState | null>(null);
  const update = useMutation(
    trpc.members.update.mutationOptions({
      onSuccess: (saved) => {
        qc.setQueryData(listKey, (old) =>
          old ? { ...old, members: old.members.map((m) => (m.id === saved.id ? saved : m)) } : old,
        );
        toast({ kind: "ok", title: fmt(t.saved, { name: saved.displayName }) });
      },
      onError: (e) => {
        toast({ kind: "error", title: memberErrorMessage(e, locale) });
        if (isStale(e)) qc.invalidateQueries({ queryKey: listKey });
      },
      onSettled: () => setPending(null),
    }),
  );
  const save = (next: MemberState) => {
    setPending(next);
    update.mutate({ memberId: member.id, version: member.version, ...next });
  };
  return { shown: pending ?? stateOf(member), saving: update.isPending, save };
}
