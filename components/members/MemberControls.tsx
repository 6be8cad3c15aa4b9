"use client";
// The controls of one member — role and the three permissions — shared by the table row (desktop) and the card
// (phone). Which ones are offered comes from server/members/rules.ts (the server checks the same rules again).
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Select } from "@/components/ui/Field";
import { fmt } from "@/messages/locale";
import { membersMessages } from "@/messages/members";
import {
  effectivePermissions,
  isImplied,
  type MemberControls,
  type MemberRole,
  type Permission,
} from "@/server/members/rules";
import { PermissionSwitch } from "./PermissionSwitch";
import type { MemberView, useMemberEdit } from "./useMemberEdit";

type Edit = ReturnType<typeof useMemberEdit>;
type Props = { member: MemberView; controls: MemberControls; canManage: boolean; edit: Edit };

export function RoleControl({ member, controls, canManage, edit }: Props) {
  const { locale, m } = useI18n();
  const t = membersMessages[locale];
  const [promoting, setPromoting] = useState(false);
  const role = edit.shown.role;
  if (!canManage || !controls.edit || controls.roles.length < 2) {
    return (
      <span className="inline-flex rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-700" data-testid="member-role">
        {m.roles[role]}
      </span>
    );
  }
  const choose = (next: MemberRole) => {
    if (next === role) return;
    if (next === "owner") setPromoting(true);
    else edit.save({ ...edit.shown, role: next });
  };
  return (
    <>
      <Select
        value={role}
        disabled={edit.saving}
        onChange={(e) => choose(e.target.value as MemberRole)}
        aria-label={fmt(t.roleLabel, { name: member.displayName })}
        className="w-32"
        data-testid="member-role"
      >
        {controls.roles.map((r) => (
          <option key={r} value={r}>
            {m.roles[r]}
          </option>
        ))}
      </Select>
      <Dialog
        open={promoting}
        onClose={() => setPromoting(false)}
        title={fmt(t.promote.title, { name: member.displayName })}
        testId="promote-dialog"
        footer={
          <>
            <Button onClick={() => setPromoting(false)}>{t.cancel}</Button>
            <Button
              variant="primary"
              data-autofocus
              onClick={() => {
                setPromoting(false);
                edit.save({ ...edit.shown, role: "owner" });
              }}
            >
              {t.promote.confirm}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-600">{t.promote.body}</p>
      </Dialog>
    </>
  );
}

/** One permission: a switch for those who may change it, else a mark. Implied by the role: on and fixed. */
export function PermissionControl({ member, controls, canManage, edit, p }: Props & { p: Permission }) {
  const { locale, m } = useI18n();
  const t = membersMessages[locale];
  const state = edit.shown;
  const on = effectivePermissions(state)[p];
  const implied = isImplied(state.role, p);
  const label = fmt(t.toggleLabel, { name: member.displayName, permission: t.permissions[p] });
  const why = implied ? fmt(t.impliedBy, { role: m.roles[state.role] }) : t.permissionHelp[p];
  if (!canManage) {
    return (
      <span className={on ? "text-emerald-600" : "text-slate-300"} title={why} data-testid={`perm-${p}`} data-on={on}>
        <span aria-hidden>{on ? "✓" : "—"}</span>
        <span className="sr-only">{`${t.permissions[p]}: ${on ? "✓" : "—"}`}</span>
      </span>
    );
  }
  return (
    <PermissionSwitch
      checked={on}
      disabled={edit.saving || !controls.toggles[p]}
      label={label}
      title={why}
      testId={`perm-${p}`}
      onChange={(v) => edit.save({ ...state, [p]: v })}
    />
  );
}
