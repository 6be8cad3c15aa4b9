// 设置 → 成员与权限 strings (zh-CN default; en in members-en.ts, same shape). `{x}` placeholders are filled with
// fmt(). `errors` holds the text of every refusal code (server/members/errors.ts): the server speaks zh-CN, the page
// shows the reader's language by the code.
import type { MemberErrorCode, MemberErrorParams } from "../server/members/errors";
import { fmt, type Locale } from "./locale";
import { membersEn } from "./members-en";

const errors: Record<MemberErrorCode, string> = {
  NO_SETTINGS_PERMISSION: "只有店主或有设置权限的成员可以管理成员",
  OWNER_ROLE_OWNER_ONLY: "只有店主可以把成员设为店主",
  OWNER_EDIT_OWNER_ONLY: "只有店主可以修改或移除店主",
  GRANT_NOT_HELD: "你自己没有「{permission}」，不能授予他人",
  LAST_OWNER: "店铺至少要保留一位店主：请先把其他成员设为店主，再降级或移除这一位",
  MEMBER_NOT_FOUND: "该成员不存在或已被移出本店，请刷新",
  MEMBER_VERSION_CONFLICT: "该成员刚刚已被他人修改，你的改动未保存，请刷新后重试",
  ALREADY_MEMBER: "{email} 已是本店成员",
  PASSWORD_REQUIRED: "该邮箱还没有账号，请设置至少 8 位的初始密码",
  EMAIL_INVALID: "请输入正确的邮箱地址",
  NAME_REQUIRED: "请填写成员名称",
  NAME_TOO_LONG: "成员名称最多 32 个字",
  PASSWORD_TOO_SHORT: "初始密码至少 8 位",
  PASSWORD_TOO_LONG: "初始密码最多 128 位",
};

const zhCN = {
  title: "成员与权限",
  hubHint: "添加成员，设置角色和售后处理、策略、设置权限",
  subtitle: "店铺成员和他们能做什么。店主拥有全部权限；售后主管默认可以处理售后、管理策略。",
  readOnly: "你可以查看成员。添加、修改或移除成员需要店主或有设置权限的成员。",
  loadError: "成员加载失败",
  retry: "重试",
  refresh: "刷新",
  cancel: "取消",
  empty: "还没有成员。添加同事后，他们用邮箱和密码登录即可进入本店。",
  count: "共 {n} 位成员",
  you: "你",
  columns: { member: "成员", role: "角色", joined: "加入时间", actions: "操作" },
  joined: "加入于 {date}",
  roleLabel: "{name} 的角色",
  roleHelp: {
    owner: "全部权限，管理成员与店铺设置",
    lead: "处理售后、管理策略、查看数据",
    agent: "按勾选的权限工作",
  },
  permissions: { canHandleAfterSales: "售后处理", canManageStrategies: "策略管理", canManageSettings: "设置权限" },
  permissionHelp: {
    canHandleAfterSales: "同意、拒绝、退款、确认收货",
    canManageStrategies: "开关和修改售后助手策略",
    canManageSettings: "成员、假期与报备、开放接口",
  },
  toggleLabel: "{name} 的{permission}",
  impliedBy: "{role}默认拥有",
  impliedLegend: "浅色开关是角色默认拥有的权限，不能单独关闭。",
  saving: "保存中…",
  saved: "已保存 {name} 的权限",
  locked: {
    OWNER_EDIT_OWNER_ONLY: "店主只能由店主修改",
    LAST_OWNER: "唯一的店主，不能降级或移除",
  },
  add: {
    open: "添加成员",
    title: "添加成员",
    email: "邮箱",
    emailPlaceholder: "name@example.com",
    emailHelp: "已有账号的邮箱会直接加入本店（可同时属于多个店铺）；没有账号则为 TA 新建。",
    name: "成员名称",
    namePlaceholder: "如：小王(客服)",
    nameHelp: "在本店显示的名字，出现在处理人和时间线里。",
    password: "初始密码",
    passwordHelp: "新建账号时必填，至少 8 位，请告知对方首次登录使用；已有账号的成员沿用自己的密码。",
    role: "角色",
    permissions: "权限",
    submit: "添加",
    submitting: "添加中…",
    createdAccount: "已为 {email} 新建账号并加入本店",
    addedExisting: "{email} 已有账号，已加入本店（沿用其原密码）",
  },
  promote: {
    title: "把「{name}」设为店主？",
    body: "店主拥有全部权限，包括管理成员、角色和店铺设置。之后只有店主可以修改 TA。",
    confirm: "设为店主",
  },
  remove: {
    open: "移除",
    title: "将「{name}」移出本店？",
    body: "移除后 TA 立即无法访问本店的售后单和数据。账号本身保留，仍可登录 TA 所在的其他店铺；TA 处理过的记录会保留。",
    confirm: "确认移除",
    submitting: "移除中…",
    done: "已将 {name} 移出本店",
  },
  errors,
};

export type MembersMessages = typeof zhCN;
export const membersMessages: { "zh-CN": MembersMessages; en: MembersMessages } = { "zh-CN": zhCN, en: membersEn };

/** The text of a refusal in a language, its placeholders filled (a permission by its name in that language). */
export function memberErrorText(locale: Locale, code: MemberErrorCode, params: MemberErrorParams = {}): string {
  const t = membersMessages[locale];
  return fmt(t.errors[code], {
    ...(params.email ? { email: params.email } : {}),
    ...(params.permission ? { permission: t.permissions[params.permission] } : {}),
  });
}
