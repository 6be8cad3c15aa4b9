// The strategy form's state (yuan as typed) ↔ a StrategyDefinition in 分. Pure.
import type {
  AmountBasis,
  ShippedCondition,
  StrategyAction,
  StrategyDefinition,
} from "@/server/strategies/definitions";
import { typesForAction } from "@/server/strategies/definitions";
import type { OrderKind, Reason, TicketType } from "@/server/tickets/domain";
import { parseYuan, yuanInput } from "./money";

export type FormState = {
  name: string;
  action: StrategyAction;
  types: TicketType[];
  shipped: ShippedCondition;
  amountBasis: AmountBasis;
  min: string;
  max: string;
  reasons: Reason[];
  productIds: string[];
  skus: string;
  orderKinds: OrderKind[];
  excludeVirtual: boolean;
  sevenDayOnly: boolean;
  delayMin: string;
};

export function formStateOf(name: string, d: StrategyDefinition): FormState {
  const c = d.conditions;
  return {
    name,
    action: d.action,
    types: c.types,
    shipped: c.shipped,
    amountBasis: c.amountBasis,
    min: yuanInput(c.minFen),
    max: yuanInput(c.maxFen),
    reasons: c.reasons,
    productIds: c.productIds,
    skus: c.skuIds.join("\n"),
    orderKinds: c.orderKinds,
    excludeVirtual: c.excludeVirtual,
    sevenDayOnly: c.sevenDayOnly,
    delayMin: String(d.delayMin),
  };
}

/** Switching the action keeps only the ticket types it can decide (refund → 仅退款; return → 退货退款/换货). */
export function withAction(s: FormState, action: StrategyAction): FormState {
  const allowed = typesForAction[action];
  const kept = s.types.filter((t) => allowed.includes(t));
  return { ...s, action, types: kept.length ? kept : [allowed[0] as TicketType] };
}

export type Parsed = { ok: true; definition: StrategyDefinition } | { ok: false; field: "min" | "max" | "delay" };

export function definitionOf(s: FormState): Parsed {
  const minFen = parseYuan(s.min);
  const maxFen = parseYuan(s.max);
  if (minFen === undefined) return { ok: false, field: "min" };
  if (maxFen === undefined) return { ok: false, field: "max" };
  const delay = s.delayMin.trim() === "" ? 0 : Number(s.delayMin);
  if (!Number.isInteger(delay) || delay < 0) return { ok: false, field: "delay" };
  return {
    ok: true,
    definition: {
      action: s.action,
      delayMin: delay,
      conditions: {
        types: s.types,
        shipped: s.shipped,
        amountBasis: s.amountBasis,
        minFen,
        maxFen,
        reasons: s.reasons,
        productIds: s.productIds,
        skuIds: s.skus
          .split(/[\s,，]+/)
          .map((x) => x.trim())
          .filter(Boolean),
        orderKinds: s.orderKinds,
        excludeVirtual: s.excludeVirtual,
        sevenDayOnly: s.sevenDayOnly,
      },
    },
  };
}

export const toggleIn = <T>(list: T[], v: T, on: boolean): T[] =>
  on ? (list.includes(v) ? list : [...list, v]) : list.filter((x) => x !== v);
