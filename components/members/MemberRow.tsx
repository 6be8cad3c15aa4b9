"use client";
// One member as a table row (desktop) and as a card (phone): name and email, role, the three permissions, joined
// date, remove. Both use the same controls and the same save (useMemberEdit).
import { day } from "@/components/format";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { fmt } from "@/messages/locale";
import { membersMessages } from "@/messages/members";
import { isImplied, type MemberControls, permissionKeys } from "@/server/members/rules";
import { PermissionControl, RoleControl } from "./MemberControls";
import { type MemberView, useMemberEdit } from "./useMemberEdit";

type RowProps = {
  member: MemberView;
  controls: MemberControls;
  canManage: boolean;
  isMe: boolean;
  onRemove: (m: MemberView) => void;
};

function Identity({ member, controls, canManage, isMe }: RowProps) {
  const { locale } = useI18n();
  const t = membersMessages[locale];
  const locked = canManage && controls.locked && controls.locked in t.locked ? controls.locked : null;
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium" data-testid="member-name">
          {member.displayName}
        </span>
        {isMe && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{t.you}</span>}
      </p>
      <p className="break-all text-xs text-slate-500" data-testid="member-email">
        {member.email}
      </p>
      {locked && <p className="text-xs text-amber-700">{t.locked[locked as keyof typeof t.locked]}</p>}
    </div>
  );
}

function RemoveButton({ member, controls, onRemove, saving }: RowProps & { saving: boolean }) {
  const { locale } = useI18n();
  const t = membersMessages[locale];
  return (
    <Button
      size="sm"
      variant="danger"
      disabled={!controls.remove || saving}
      onClick={() => onRemove(member)}
      aria-label={`${t.remove.open} ${member.displayName}`}
      data-testid="remove-member"
    >
      {t.remove.open}
    </Button>
  );
}

export function MemberTableRow(props: RowProps) {
  const edit = useMemberEdit(props.member);
  return (
    <tr data-testid="member-row" aria-busy={edit.saving} className="border-t border-slate-100 align-middle">
      <td className="px-4 py-3">
        <Identity {...props} />
      </td>
      <td className="px-3 py-3">
        <RoleControl {...props} edit={edit} />
      </td>
      {permissionKeys.map((p) => (
        <td key={p} className="px-3 py-3 text-center">
          <PermissionControl {...props} edit={edit} p={p} />
        </td>
      ))}
      <td className="whitespace-nowrap px-3 py-3 text-sm text-slate-500">{day(props.member.createdAt)}</td>
      {props.canManage && (
        <td className="px-4 py-3 text-right">
          <RemoveButton {...props} saving={edit.saving} />
        </td>
      )}
    </tr>
  );
}

export function MemberCard(props: RowProps) {
  const edit = useMemberEdit(props.member);
  const { locale, m } = useI18n();
  const t = membersMessages[locale];
  return (
    <li
      data-testid="member-card"
      aria-busy={edit.saving}
      className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200"
    >
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <Identity {...props} />
        </div>
        <RoleControl {...props} edit={edit} />
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg bg-slate-50 px-3">
        {permissionKeys.map((p) => (
          <li key={p} className="flex items-center gap-3 py-2">
            <span className="min-w-0 flex-1">
              <span className="block text-sm font-medium text-slate-700">{t.permissions[p]}</span>
              <span className="block text-xs text-slate-500">
                {isImplied(edit.shown.role, p)
                  ? fmt(t.impliedBy, { role: m.roles[edit.shown.role] })
                  : t.permissionHelp[p]}
              </span>
            </span>
            <PermissionControl {...props} edit={edit} p={p} />
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-2">
        <span className="flex-1 text-xs text-slate-500">
          {edit.saving ? t.saving : fmt(t.joined, { date: day(props.member.createdAt) })}
        </span>
        {props.canManage && <RemoveButton {...props} saving={edit.saving} />}
      </div>
    </li>
  );
}
