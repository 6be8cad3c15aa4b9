"use client";
// 添加成员: an email (an existing account joins as it is, else one is created with the initial password typed
// here), the name shown in this shop, a role and permissions — only those the adder may give (rules.ts decideAdd).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, FormError, Input } from "@/components/ui/Field";
import { useToast } from "@/components/ui/Toast";
import { fmt } from "@/messages/locale";
import { membersMessages } from "@/messages/members";
import { decideAdd, isImplied, type MemberState, memberRoles, permissionKeys } from "@/server/members/rules";
import { memberErrorMessage } from "./errors";

const blank = { email: "", displayName: "", password: "" };

function initialGrants(actor: MemberState): MemberState {
  const agent: MemberState = {
    role: "agent",
    canHandleAfterSales: true,
    canManageStrategies: false,
    canManageSettings: false,
  };
  // Most new members are 客服 who handle after-sales; without that permission yourself, you cannot give it.
  return decideAdd(actor, agent).ok ? agent : { ...agent, canHandleAfterSales: false };
}

export function AddMemberDialog({ open, onClose, actor }: { open: boolean; onClose: () => void; actor: MemberState }) {
  const { locale, m } = useI18n();
  const t = membersMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState(blank);
  const [grants, setGrants] = useState<MemberState>(() => initialGrants(actor));
  const add = useMutation(
    trpc.members.add.mutationOptions({
      onSuccess: (out) => {
        const email = out.member.email;
        toast({ kind: "ok", title: fmt(out.createdAccount ? t.add.createdAccount : t.add.addedExisting, { email }) });
        setForm(blank);
        setGrants(initialGrants(actor));
        qc.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
        onClose();
      },
    }),
  );
  const close = () => {
    add.reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!add.isPending) add.mutate({ ...form, ...grants });
  };
  const set = (k: keyof typeof blank) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [k]: e.target.value });
  const roles = memberRoles.filter((role) => decideAdd(actor, { ...grants, role }).ok);
  return (
    <Dialog open={open} onClose={close} title={t.add.title} testId="add-member-dialog">
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field label={t.add.email} help={t.add.emailHelp}>
          <Input
            type="email"
            inputMode="email"
            autoComplete="off"
            value={form.email}
            onChange={set("email")}
            placeholder={t.add.emailPlaceholder}
            maxLength={254}
            data-autofocus
            name="member-email"
          />
        </Field>
        <Field label={t.add.name} help={t.add.nameHelp}>
          <Input
            value={form.displayName}
            onChange={set("displayName")}
            placeholder={t.add.namePlaceholder}
            maxLength={32}
            name="member-name"
          />
        </Field>
        <Field label={t.add.password} help={t.add.passwordHelp}>
          <Input
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={set("password")}
            maxLength={128}
            name="member-password"
          />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{t.add.role}</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {memberRoles.map((role) => (
              <label
                key={role}
                className={`flex gap-2 rounded-lg p-2.5 text-sm ring-1 ${grants.role === role ? "bg-brand-50 ring-brand-500" : "ring-slate-200"} ${roles.includes(role) ? "cursor-pointer" : "cursor-not-allowed opacity-50"}`}
              >
                <input
                  type="radio"
                  name="member-role"
                  value={role}
                  checked={grants.role === role}
                  disabled={!roles.includes(role)}
                  onChange={() => setGrants({ ...grants, role })}
                />
                <span>
                  <span className="block font-medium">{m.roles[role]}</span>
                  <span className="block text-xs text-slate-500">{t.roleHelp[role]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">{t.add.permissions}</legend>
          {permissionKeys.map((p) => {
            const implied = isImplied(grants.role, p);
            const allowed = implied || grants[p] || decideAdd(actor, { ...grants, [p]: true }).ok;
            return (
              <label
                key={p}
                className={`flex items-start gap-2 py-1 text-sm ${allowed && !implied ? "" : "opacity-60"}`}
              >
                <input
                  type="checkbox"
                  className="mt-0.5"
                  checked={implied || grants[p]}
                  disabled={implied || !allowed}
                  onChange={(e) => setGrants({ ...grants, [p]: e.target.checked })}
                />
                <span>
                  <span className="font-medium">{t.permissions[p]}</span>{" "}
                  <span className="text-slate-500">
                    {implied ? fmt(t.impliedBy, { role: m.roles[grants.role] }) : t.permissionHelp[p]}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        {add.isError && <FormError message={memberErrorMessage(add.error, locale)} />}
        <div className="flex justify-end gap-2">
          <Button onClick={close}>{t.cancel}</Button>
          <Button type="submit" variant="primary" disabled={add.isPending} data-testid="add-member-submit">
            {add.isPending ? t.add.submitting : t.add.submit}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
