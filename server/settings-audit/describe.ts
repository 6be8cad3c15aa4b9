// 设置变更记录: each settings change as the one Chinese line it is stored with ("将 小王 的角色由 客服 改为 售后主管",
// "「待商家处理」时限 48 小时 → 24 小时"), in the words the settings pages use. Pure: the verbs call these inside their
// transaction with what they read and wrote; null means nothing changed (and nothing is recorded). Never given a
// secret: a webhook address is recorded without its query string, where tokens tend to live.
import { dateTime, yuan } from "../../components/format";
import { formatMetric } from "../../components/metrics/format";
import { apiMessages } from "../../messages/api";
import { fmt } from "../../messages/locale";
import { membersMessages } from "../../messages/members";
import { settingsChangeSummaries as s } from "../../messages/settings-changes";
import { durationText, shopRulesMessages } from "../../messages/shop-rules";
import { zhCN } from "../../messages/zh-CN";
import type { ApiScope } from "../api/scopes";
import { metricDefs, metricIds } from "../metrics/definitions";
import { isImplied, type MemberState, permissionKeys, type Permission } from "../members/rules";
import { limitKeys, limitSpecs, thresholdLimitKeys } from "../shops/limits";
import type { ShopRulesState } from "../shops/schemas";
import type { StoredThresholds } from "../warnings/rules";
import type { WebhookEventType } from "../webhooks/events";

const members = membersMessages["zh-CN"];
const rules = shopRulesMessages["zh-CN"];
const api = apiMessages["zh-CN"];

const quoted = (names: string[]) => names.map((name) => fmt(s.quoted, { name })).join(s.listJoiner);
const joined = (parts: string[]) => (parts.length ? parts.join(s.joiner) : null);

// ── 成员与权限 ──

/** The role and the member's own permissions (those the role does not already give): "客服，售后处理". */
function grantsText(m: MemberState): string {
  const own = permissionKeys.filter((p) => m[p] && !isImplied(m.role, p)).map((p) => members.permissions[p]);
  return [zhCN.roles[m.role], own.join(s.listJoiner)].filter(Boolean).join("，");
}

export const describeMemberAdded = (name: string, m: MemberState) =>
  fmt(s.memberAdded, { name, grants: grantsText(m) });

export const describeMemberRemoved = (name: string, m: MemberState) =>
  fmt(s.memberRemoved, { name, role: zhCN.roles[m.role] });

/** A role switched and permissions turned on or off, as the page's switches show them; null when nothing changed. */
export function describeMemberChange(name: string, before: MemberState, after: MemberState): string | null {
  const parts: string[] = [];
  if (before.role !== after.role) {
    parts.push(fmt(s.memberRole, { name, from: zhCN.roles[before.role], to: zhCN.roles[after.role] }));
  }
  const flipped = (on: boolean) =>
    permissionKeys
      .filter((p: Permission) => before[p] !== after[p] && after[p] === on)
      .map((p) => members.permissions[p]);
  const granted = flipped(true);
  const revoked = flipped(false);
  if (granted.length) parts.push(fmt(s.memberGranted, { name, permissions: quoted(granted) }));
  if (revoked.length) parts.push(fmt(s.memberRevoked, { name, permissions: quoted(revoked) }));
  return joined(parts);
}

// ── 时限与规则 ──

/** Every limit and flag that differs, in the page's order; null when the save changed nothing. */
export function describeRulesChange(before: ShopRulesState, after: ShopRulesState): string | null {
  const parts: string[] = [];
  for (const key of limitKeys) {
    const from = before.limits[key];
    const to = after.limits[key];
    if (from === to) continue;
    const unit = limitSpecs[key].unit;
    const template = (thresholdLimitKeys as readonly string[]).includes(key) ? s.reminder : s.limit;
    parts.push(
      fmt(template, {
        label: rules.labels[key],
        from: durationText("zh-CN", from, unit),
        to: durationText("zh-CN", to, unit),
      }),
    );
  }
  if (before.interceptionAgreement !== after.interceptionAgreement) {
    parts.push(after.interceptionAgreement ? s.agreementOn : s.agreementOff);
  }
  if (before.isCrossBorder !== after.isCrossBorder)
    parts.push(after.isCrossBorder ? s.crossBorderOn : s.crossBorderOff);
  return joined(parts);
}

// ── 假期与报备 ──

type Holiday = { name: string; startsOn: string; endsOn: string; shipDelayDays: number };

export const describeHoliday = (kind: "added" | "removed", h: Holiday) =>
  fmt(kind === "added" ? s.holidayAdded : s.holidayRemoved, {
    name: h.name,
    from: h.startsOn,
    to: h.endsOn,
    days: h.shipDelayDays,
  });

/** A filing's reason as a short quote: the first 30 characters. */
const reasonText = (reason: string) => (reason.length > 30 ? `${reason.slice(0, 30)}…` : reason);

type Filing = { reason: string; orderIds: string[] | null; coversFrom: Date | null; coversTo: Date | null };

export function describeFilingAdded(f: Filing): string {
  const covers = [
    f.orderIds?.length ? fmt(s.filingOrders, { n: f.orderIds.length }) : "",
    f.coversFrom && f.coversTo ? fmt(s.filingRange, { from: dateTime(f.coversFrom), to: dateTime(f.coversTo) }) : "",
  ].filter(Boolean);
  return fmt(s.filingAdded, { reason: reasonText(f.reason), covers: covers.join(s.joiner) });
}

export const describeFilingRemoved = (f: { reason: string }) => fmt(s.filingRemoved, { reason: reasonText(f.reason) });

// ── 预警阈值 ──

function thresholdText(stored: StoredThresholds, id: (typeof metricIds)[number]): string {
  const custom = id in stored;
  const v = custom ? (stored[id] ?? null) : (metricDefs[id].warnAt ?? null);
  const value = v === null ? s.thresholdOff : formatMetric(metricDefs[id].kind, v, zhCN.time);
  return custom ? value : fmt(s.thresholdDefault, { value });
}

/** Every metric whose stored threshold (a number, off, or the default) differs; null when none does. */
export function describeThresholds(before: StoredThresholds, after: StoredThresholds): string | null {
  const parts: string[] = [];
  for (const id of metricIds) {
    if (id in before === id in after && before[id] === after[id]) continue;
    parts.push(
      fmt(s.threshold, {
        metric: metricDefs[id].words["zh-CN"].name,
        from: thresholdText(before, id),
        to: thresholdText(after, id),
      }),
    );
  }
  return joined(parts);
}

// ── 售后助手 · 每日自动退款上限 ──

export const describeDailyCap = (from: number | null, to: number | null) =>
  fmt(s.dailyCap, { from: from === null ? s.noCap : yuan(from), to: to === null ? s.noCap : yuan(to) });

// ── 平台连接 / 开放接口 ──

export const describeSecretRotated = () => s.secretRotated;

export const describeKeyCreated = (k: { name: string; scope: ApiScope }) =>
  fmt(s.keyCreated, { name: k.name, scope: api.keys.scopes[k.scope] });

export const describeKeyRevoked = (k: { name: string }) => fmt(s.keyRevoked, { name: k.name });

/** A webhook address as recorded: scheme, host and path; a query string or fragment may carry a token. */
export function recordedUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split(/[?#]/)[0] ?? "";
  }
}

export const describeWebhookAdded = (w: { url: string; events: readonly WebhookEventType[] }) =>
  fmt(s.webhookAdded, {
    url: recordedUrl(w.url),
    events: w.events.map((e) => api.hooks.eventNames[e]).join(s.listJoiner),
  });

export const describeWebhookRemoved = (w: { url: string }) => fmt(s.webhookRemoved, { url: recordedUrl(w.url) });
