// Strategies in words: a definition's conditions for the page, and a run's "why" for the ticket timeline
// ("售后助手·小额自动退 v3: 仅退款，退款金额 ¥12.00 < ¥20.00，已发货"). Pure; shared by the server and the page.
import { yuan } from "../../components/format";
import { type Locale, fmt, messagesFor } from "../../messages";
import { strategiesMessages } from "../../messages/strategies";
import type { OrderKind, Reason, TicketType } from "../tickets/domain";
import type { StrategyDefinition } from "./definitions";
import type { ConditionCheck } from "./rules";

function minutesText(min: number, locale: Locale): string {
  const t = messagesFor(locale).time;
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  const parts = [d ? fmt(t.d, { n: d }) : "", h ? fmt(t.h, { n: h }) : "", m ? fmt(t.m, { n: m }) : ""];
  return parts.filter(Boolean).join(locale === "en" ? " " : "");
}

/** The definition's conditions and action as short phrases, in the order a merchant reads them. */
export function describeDefinition(d: StrategyDefinition, locale: Locale): { conditions: string[]; action: string } {
  const t = strategiesMessages[locale];
  const m = messagesFor(locale);
  const c = d.conditions;
  const sep = t.words.separator;
  const out: string[] = [fmt(t.words.types, { types: c.types.map((x) => m.ticketType[x]).join("/") })];
  const basis = t.words.basis[c.amountBasis];
  if (c.minFen !== null && c.maxFen !== null) {
    out.push(fmt(t.words.amountRange, { basis, min: yuan(c.minFen), max: yuan(c.maxFen) }));
  } else if (c.maxFen !== null) out.push(fmt(t.words.amountMax, { basis, max: yuan(c.maxFen) }));
  else if (c.minFen !== null) out.push(fmt(t.words.amountMin, { basis, min: yuan(c.minFen) }));
  if (c.shipped !== "any") out.push(t.words[c.shipped]);
  if (c.reasons.length) out.push(fmt(t.words.reasons, { list: c.reasons.map((r) => m.reason[r]).join("、") }));
  if (c.productIds.length) out.push(fmt(t.words.products, { n: c.productIds.length }));
  if (c.skuIds.length) out.push(fmt(t.words.skus, { n: c.skuIds.length }));
  if (c.orderKinds.length) {
    out.push(fmt(t.words.orderKinds, { list: c.orderKinds.map((k) => t.orderKind[k]).join(sep) }));
  }
  if (c.excludeVirtual) out.push(t.words.notVirtual);
  if (c.sevenDayOnly) out.push(t.words.sevenDay);
  out.push(d.delayMin > 0 ? fmt(t.words.delay, { time: minutesText(d.delayMin, locale) }) : t.words.now);
  return { conditions: out, action: t.action[d.action] };
}

function checkParams(c: ConditionCheck, locale: Locale): Record<string, string> {
  const m = messagesFor(locale);
  const t = strategiesMessages[locale];
  const money = (v: unknown) => (typeof v === "number" ? yuan(v) : String(v ?? ""));
  switch (c.code) {
    case "type":
      return { value: m.ticketType[c.value as TicketType] ?? String(c.value) };
    case "reason":
      return { value: m.reason[c.value as Reason] ?? String(c.value) };
    case "order_kind":
      return { value: t.orderKind[c.value as OrderKind] ?? String(c.value) };
    case "amount_max":
    case "amount_min":
      return { basis: t.words.basis[c.basis ?? "refund"], value: money(c.value), expected: money(c.expected) };
    default:
      return {};
  }
}

/** Why a strategy matched: every condition it checked, with the values it saw. */
export function explainMatch(checks: ConditionCheck[], locale: Locale): string {
  const t = strategiesMessages[locale];
  return checks.map((c) => fmt(t.why[c.code], checkParams(c, locale))).join(t.words.separator);
}

/** Why it did not: the conditions that failed, with the values it saw. */
export function explainMiss(checks: ConditionCheck[], locale: Locale): string {
  const t = strategiesMessages[locale];
  return checks
    .filter((c) => !c.pass)
    .map((c) => fmt(t.whyNot[c.code], checkParams(c, locale)))
    .join(t.words.separator);
}

/** The name on the timeline: "售后助手·<strategy> v<version>". */
export function strategyActorName(name: string, version: number, locale: Locale = "zh-CN"): string {
  return fmt(strategiesMessages[locale].actor, { name, version });
}
