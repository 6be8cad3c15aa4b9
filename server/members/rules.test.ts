// SPEC §1 "Permissions are per member", as a table: who manages members, what a role implies, no privilege
// escalation, never without an owner; and every refusal has zh-CN and en text.
import { describe, expect, it } from "vitest";
import { memberErrorText, membersMessages } from "../../messages/members";
import { canHandleAfterSales } from "../tickets/rules-types";
import { memberErrorCodes } from "./errors";
import { canManageShopSettings } from "./permissions";
import {
  canManageMembers,
  decideAdd,
  decideChange,
  decideRemove,
  effectivePermissions,
  type MemberState,
  memberControls,
  memberRoles,
  permissionKeys,
} from "./rules";

const none = { canHandleAfterSales: false, canManageStrategies: false, canManageSettings: false };
const owner: MemberState = { role: "owner", ...none };
const lead: MemberState = { role: "lead", ...none };
const agent: MemberState = { role: "agent", ...none };
const handler: MemberState = { ...agent, canHandleAfterSales: true };
const leadWithSettings: MemberState = { ...lead, canManageSettings: true };
const agentWithSettings: MemberState = { ...agent, canManageSettings: true };
const agentAdmin: MemberState = { ...agent, canHandleAfterSales: true, canManageSettings: true };

describe("what a role implies", () => {
  it.each([
    ["owner", owner, { canHandleAfterSales: true, canManageStrategies: true, canManageSettings: true }],
    ["lead", lead, { canHandleAfterSales: true, canManageStrategies: true, canManageSettings: false }],
    [
      "lead given 设置权限",
      leadWithSettings,
      { canHandleAfterSales: true, canManageStrategies: true, canManageSettings: true },
    ],
    ["agent", agent, none],
    ["agent with 售后处理", handler, { ...none, canHandleAfterSales: true }],
  ])("%s", (_n, m, want) => expect(effectivePermissions(m)).toEqual(want));

  it("agrees with the checks the rest of the app makes (canHandle, canManageShopSettings)", () => {
    for (const role of memberRoles)
      for (const a of [false, true])
        for (const s of [false, true]) {
          const m = { role, canHandleAfterSales: a, canManageStrategies: false, canManageSettings: s };
          expect(effectivePermissions(m).canHandleAfterSales).toBe(canHandleAfterSales(m));
          expect(effectivePermissions(m).canManageSettings).toBe(canManageShopSettings(m));
          expect(canManageMembers(m)).toBe(canManageShopSettings(m));
        }
  });
});

type Row = [string, MemberState, MemberState | null, MemberState, number, string];
// [case, actor, target before (null: adding), after, owners in the shop, expected: "ok" or the refusal code]
const table: Row[] = [
  ["owner adds an agent", owner, null, handler, 1, "ok"],
  ["owner adds another owner", owner, null, owner, 1, "ok"],
  ["agent without 设置权限 adds", handler, null, agent, 1, "NO_SETTINGS_PERMISSION"],
  ["lead without 设置权限 adds", lead, null, agent, 1, "NO_SETTINGS_PERMISSION"],
  ["agent with 设置权限 adds a plain agent", agentWithSettings, null, agent, 1, "ok"],
  ["settings agent adds an owner", agentAdmin, null, owner, 1, "OWNER_ROLE_OWNER_ONLY"],
  ["settings agent grants 售后处理 they hold", agentAdmin, null, handler, 1, "ok"],
  ["settings agent grants 售后处理 they lack", agentWithSettings, null, handler, 1, "GRANT_NOT_HELD"],
  ["settings agent adds a lead (strategies they lack)", agentAdmin, null, lead, 1, "GRANT_NOT_HELD"],
  ["settings lead adds a lead", leadWithSettings, null, lead, 1, "ok"],
  ["settings lead grants 设置权限 (held)", leadWithSettings, null, agentWithSettings, 1, "ok"],
  ["owner promotes an agent to owner", owner, handler, owner, 1, "ok"],
  ["owner demotes another owner (2 owners)", owner, owner, lead, 2, "ok"],
  ["owner demotes the last owner (themselves)", owner, owner, lead, 1, "LAST_OWNER"],
  ["owner keeps the last owner an owner", owner, owner, owner, 1, "ok"],
  ["agent without 设置权限 changes someone", handler, agent, handler, 1, "NO_SETTINGS_PERMISSION"],
  ["settings lead promotes to owner", leadWithSettings, agent, owner, 1, "OWNER_ROLE_OWNER_ONLY"],
  ["settings lead edits an owner", leadWithSettings, owner, owner, 2, "OWNER_EDIT_OWNER_ONLY"],
  ["settings lead demotes an owner", leadWithSettings, owner, lead, 2, "OWNER_EDIT_OWNER_ONLY"],
  [
    "settings agent gives themselves strategies",
    agentWithSettings,
    agentWithSettings,
    { ...agentWithSettings, canManageStrategies: true },
    1,
    "GRANT_NOT_HELD",
  ],
  ["settings agent takes 售后处理 away from a lead", agentWithSettings, lead, agent, 1, "ok"],
  [
    "settings agent keeps a permission the target already has",
    agentWithSettings,
    handler,
    { ...handler, canManageSettings: true },
    1,
    "ok",
  ],
  ["settings agent turns off their own 设置权限", agentWithSettings, agentWithSettings, agent, 1, "ok"],
];

describe("adding and changing members", () => {
  it.each(table)("%s", (_n, actor, before, after, owners, want) => {
    const d = before ? decideChange(actor, before, after, owners) : decideAdd(actor, after);
    expect(d.ok ? "ok" : d.code).toBe(want);
  });

  it("names the permission a non-owner tried to grant", () => {
    expect(decideAdd(agentWithSettings, handler)).toEqual({
      ok: false,
      code: "GRANT_NOT_HELD",
      params: { permission: "canHandleAfterSales" },
    });
  });
});

describe("removing members", () => {
  it.each([
    ["owner removes an agent", owner, agent, 1, "ok"],
    ["owner removes another owner", owner, owner, 2, "ok"],
    ["owner removes the last owner (themselves)", owner, owner, 1, "LAST_OWNER"],
    ["settings agent removes an agent", agentWithSettings, handler, 1, "ok"],
    ["settings lead removes an owner", leadWithSettings, owner, 2, "OWNER_EDIT_OWNER_ONLY"],
    ["agent without 设置权限 removes", handler, agent, 1, "NO_SETTINGS_PERMISSION"],
    ["lead without 设置权限 removes", lead, agent, 1, "NO_SETTINGS_PERMISSION"],
  ])("%s", (_n, actor, target, owners, want) => {
    const d = decideRemove(actor, target, owners);
    expect(d.ok ? "ok" : d.code).toBe(want);
  });
});

describe("memberControls: what the page offers on a row", () => {
  it("the last owner, seen by themselves: no other role, nothing to switch, not removable", () => {
    expect(memberControls(owner, owner, 1)).toEqual({
      edit: true,
      remove: false,
      roles: ["owner"],
      toggles: { canHandleAfterSales: false, canManageStrategies: false, canManageSettings: false },
      locked: "LAST_OWNER",
    });
  });

  it("an agent, seen by the owner: every role, every switch", () => {
    expect(memberControls(owner, agent, 1)).toMatchObject({
      edit: true,
      remove: true,
      roles: ["owner", "lead", "agent"],
      toggles: { canHandleAfterSales: true, canManageStrategies: true, canManageSettings: true },
    });
  });

  it("a lead: the implied permissions are not switchable", () => {
    expect(memberControls(owner, lead, 1).toggles).toEqual({
      canHandleAfterSales: false,
      canManageStrategies: false,
      canManageSettings: true,
    });
  });

  it("an owner, seen by a settings agent: locked", () => {
    expect(memberControls(agentAdmin, owner, 2)).toMatchObject({
      edit: false,
      remove: false,
      roles: ["owner"],
      locked: "OWNER_EDIT_OWNER_ONLY",
    });
  });

  it("an agent, seen by a settings agent with 售后处理: only what they hold", () => {
    expect(memberControls(agentAdmin, agent, 1)).toMatchObject({
      roles: ["agent"],
      toggles: { canHandleAfterSales: true, canManageStrategies: false, canManageSettings: true },
    });
  });

  it("nothing for a member without 设置权限", () => {
    const c = memberControls(handler, agent, 1);
    expect(c.edit || c.remove || Object.values(c.toggles).some(Boolean)).toBe(false);
  });
});

describe("messages/members.ts", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(memberErrorCodes)("%s has zh-CN and en text with the same placeholders", (code) => {
    const zh = membersMessages["zh-CN"].errors[code];
    const en = membersMessages.en.errors[code];
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it("fills a permission by its name in the reader's language", () => {
    const params = { permission: permissionKeys[1] };
    expect(memberErrorText("zh-CN", "GRANT_NOT_HELD", params)).toBe("你自己没有「策略管理」，不能授予他人");
    expect(memberErrorText("en", "GRANT_NOT_HELD", params)).toContain("“Strategies”");
  });
});
