"use client";
// 移除成员, confirmed: says what removal does (access ends at once, the account and past work stay).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { FormError } from "@/components/ui/Field";
import { useToast } from "@/components/ui/Toast";
import { fmt } from "@/messages/locale";
import { membersMessages } from "@/messages/members";
import { isStale, memberErrorMessage } from "./errors";
import type { MemberView } from "./useMemberEdit";

export function RemoveMemberDialog({ member, onClose }: { member: MemberView | null; onClose: () => void }) {
  const { locale } = useI18n();
  const t = membersMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: (gone) => {
        toast({ kind: "ok", title: fmt(t.remove.done, { name: gone.displayName }) });
        refresh();
        onClose();
      },
      onError: (e) => {
        if (isStale(e)) refresh();
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={member !== null}
      onClose={close}
      title={fmt(t.remove.title, { name: member?.displayName ?? "" })}
      testId="remove-member-dialog"
      footer={
        <>
          <Button onClick={close} data-autofocus>
            {t.cancel}
          </Button>
          <Button
            variant="dangerSolid"
            disabled={remove.isPending}
            onClick={() => member && remove.mutate({ memberId: member.id, version: member.version })}
          >
            {remove.isPending ? t.remove.submitting : t.remove.confirm}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-sm">
        {member && (
          <p className="rounded-lg bg-slate-50 px-3 py-2">
            <span className="font-medium">{member.displayName}</span>{" "}
            <span className="break-all text-slate-500">{member.email}</span>
          </p>
        )}
        <p className="text-slate-600">{t.remove.body}</p>
        {remove.isError && <FormError message={memberErrorMessage(remove.error, locale)} />}
      </div>
    </Dialog>
  );
}
