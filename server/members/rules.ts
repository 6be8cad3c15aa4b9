// 设置 → 成员与权限 as pure rules (SPEC §1 "Permissions are per member"): who may manage members, what a role
// implies, and the refusals that keep a shop safe — no privilege escalation, never without an owner. No I/O:
// the verbs evaluate these on the member rows they locked; the page imports them to show only what is allowed.
// Human text for every code is in messages/members.ts.
import { type MemberRole, memberRoles } from "../tickets/domain";
import { canManageShopSettings } from "./permissions";

export type { MemberRole };
export { memberRoles };

/** The three per-member permissions (售后处理权限, 策略管理, 设置权限), as the members table names them. */
export const permissionKeys = ["canHandleAfterSales", "canManageStrategies", "canManageSettings"] as const;
export type Permission = (typeof permissionKeys)[number];
export type Grants = Record<Permission, boolean>;
export type MemberState = { role: MemberRole } & Grants;
export type RuleMember = MemberState & { id: string };

/**
 * What a role gives whatever the member's own switches say. The owner has everything. A lead (售后主管) handles
 * after-sales and turns strategies on and off (SPEC §1; canHandle in server/trpc.ts already lets a lead handle).
 * 设置权限 stays a grant for a lead: members, the platform connection and holidays are the owner's (SPEC §1), and
 * canManageShopSettings gives it to the owner only.
 */
export const impliedByRole: Record<MemberRole, readonly Permission[]> = {
  owner: permissionKeys,
  lead: ["canHandleAfterSales", "canManageStrategies"],
  agent: [],
};

export const isImplied = (role: MemberRole, p: Permission): boolean => impliedByRole[role].includes(p);

/** 售后助手: the one check of strategy changes (server/strategies/access.ts), the role's or the member's own grant. */
export const mayManageStrategies = (m: Pick<MemberState, "role" | "canManageStrategies">): boolean =>
  m.canManageStrategies || isImplied(m.role, "canManageStrategies");

/** What a member may really do: the role's permissions plus the member's own grants. */
export function effectivePermissions(m: MemberState): Grants {
  return {
    canHandleAfterSales: m.canHandleAfterSales || isImplied(m.role, "canHandleAfterSales"),
    canManageStrategies: mayManageStrategies(m),
    canManageSettings: m.canManageSettings || isImplied(m.role, "canManageSettings"),
  };
}

/** Who may add, change and remove members: the owner and members given 设置权限 (the shop's settings rule). */
export const canManageMembers = (actor: MemberState): boolean => canManageShopSettings(actor);

export const memberRuleCodes = [
  "NO_SETTINGS_PERMISSION",
  "OWNER_ROLE_OWNER_ONLY",
  "OWNER_EDIT_OWNER_ONLY",
  "GRANT_NOT_HELD",
  "LAST_OWNER",
] as const;
export type MemberRuleCode = (typeof memberRuleCodes)[number];
export type MemberDecision = { ok: true } | { ok: false; code: MemberRuleCode; params?: { permission?: Permission } };

const ok: MemberDecision = { ok: true };
const refuse = (code: MemberRuleCode, params?: { permission?: Permission }): MemberDecision => ({
  ok: false,
  code,
  ...(params ? { params } : {}),
});

/**
 * No privilege escalation: only an owner gives the owner role, and a non-owner never gives anyone a permission
 * (directly or through the lead role) they do not hold themselves. Taking permissions away is always fine.
 */
function checkGrants(actor: MemberState, before: MemberState | null, after: MemberState): MemberDecision {
  if (actor.role === "owner") return ok;
  if (after.role === "owner" && before?.role !== "owner") return refuse("OWNER_ROLE_OWNER_ONLY");
  const mine = effectivePermissions(actor);
  const had = before ? effectivePermissions(before) : null;
  const will = effectivePermissions(after);
  for (const p of permissionKeys) {
    if (will[p] && !had?.[p] && !mine[p]) return refuse("GRANT_NOT_HELD", { permission: p });
  }
  return ok;
}

/** Adding someone with `next` as their role and grants. */
export function decideAdd(actor: MemberState, next: MemberState): MemberDecision {
  if (!canManageMembers(actor)) return refuse("NO_SETTINGS_PERMISSION");
  return checkGrants(actor, null, next);
}

/**
 * Changing `target` (one of `ownerCount` owners of the shop, or not an owner) to `next`. A non-owner never edits
 * an owner; the last owner is never demoted, not even by themselves.
 */
export function decideChange(
  actor: MemberState,
  target: MemberState,
  next: MemberState,
  ownerCount: number,
): MemberDecision {
  if (!canManageMembers(actor)) return refuse("NO_SETTINGS_PERMISSION");
  if (target.role === "owner" && actor.role !== "owner") return refuse("OWNER_EDIT_OWNER_ONLY");
  if (target.role === "owner" && next.role !== "owner" && ownerCount <= 1) return refuse("LAST_OWNER");
  return checkGrants(actor, target, next);
}

/** Removing `target` from the shop (the account stays; it may belong to other shops). */
export function decideRemove(actor: MemberState, target: MemberState, ownerCount: number): MemberDecision {
  if (!canManageMembers(actor)) return refuse("NO_SETTINGS_PERMISSION");
  if (target.role === "owner" && actor.role !== "owner") return refuse("OWNER_EDIT_OWNER_ONLY");
  if (target.role === "owner" && ownerCount <= 1) return refuse("LAST_OWNER");
  return ok;
}

/** What the page offers on one member's row: the same decisions, asked ahead of time. */
export type MemberControls = {
  edit: boolean;
  remove: boolean;
  /** Roles the actor may switch this member to (the current one included). */
  roles: MemberRole[];
  /** Per permission: may the actor switch it (on or off) from here; implied ones are never switchable. */
  toggles: Record<Permission, boolean>;
  /** Why editing or removing is refused, when it is. */
  locked?: MemberRuleCode;
};

export function memberControls(actor: MemberState, target: MemberState, ownerCount: number): MemberControls {
  const change = (next: MemberState) => decideChange(actor, target, next, ownerCount).ok;
  const editGate = decideChange(actor, target, target, ownerCount);
  const removal = decideRemove(actor, target, ownerCount);
  const roles = memberRoles.filter((role) => role === target.role || change({ ...target, role }));
  const toggles = Object.fromEntries(
    permissionKeys.map((p) => [p, editGate.ok && !isImplied(target.role, p) && change({ ...target, [p]: !target[p] })]),
  ) as Record<Permission, boolean>;
  const locked = !editGate.ok ? editGate.code : !removal.ok ? removal.code : undefined;
  return { edit: editGate.ok, remove: removal.ok, roles, toggles, ...(locked ? { locked } : {}) };
}
