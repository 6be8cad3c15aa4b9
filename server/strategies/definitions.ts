// 售后助手 strategy definitions (SPEC §4 "售后助手 strategies"): the condition shape, the three built-ins with
// their seed thresholds and the platform's limits on them, and the custom templates. No I/O.
// Glossary: 极速退款 fast_refund · 七天无理由自动退货退款 seven_day_return · 小额自动退 small_amount_refund ·
// 发货前自动同意退款 before_ship_refund · 发货后自动仅退款 after_ship_refund · 发货后自动退货退款 after_ship_return.
import type { OrderKind, Reason, TicketType } from "../tickets/domain";

export type StrategyAction = "approve_return" | "approve_refund";
export type ShippedCondition = "any" | "not_shipped" | "shipped";
/** Which amount the range judges: the buyer's refund request, or the order's paid amount (订单金额). */
export type AmountBasis = "refund" | "order";

export type StrategyConditions = {
  types: TicketType[];
  shipped: ShippedCondition;
  amountBasis: AmountBasis;
  /** Inclusive lower bound in 分, or none. */
  minFen: number | null;
  /** Exclusive upper bound in 分 (amount < max), or none. */
  maxFen: number | null;
  /** Empty = any reason. */
  reasons: Reason[];
  /** Empty = any product / SKU (the ticket's item). */
  productIds: string[];
  skuIds: string[];
  /** Empty = any order kind. */
  orderKinds: OrderKind[];
  excludeVirtual: boolean;
  /** Only orders that support 七天无理由. */
  sevenDayOnly: boolean;
};

export type StrategyDefinition = {
  conditions: StrategyConditions;
  action: StrategyAction;
  delayMin: number;
};

export const builtinKinds = ["fast_refund", "small_amount_refund", "seven_day_return"] as const;
export type BuiltinKind = (typeof builtinKinds)[number];
export type StrategyKind = BuiltinKind | "custom";
export const isBuiltin = (k: string): k is BuiltinKind => (builtinKinds as readonly string[]).includes(k);

/** The ticket types an action can decide: approve-and-refund is 仅退款; approve-the-return is 退货退款 / 换货. */
export const typesForAction: Record<StrategyAction, readonly TicketType[]> = {
  approve_refund: ["refund_only"],
  approve_return: ["return_refund", "exchange"],
};

const anyConditions: StrategyConditions = {
  types: [],
  shipped: "any",
  amountBasis: "refund",
  minFen: null,
  maxFen: null,
  reasons: [],
  productIds: [],
  skuIds: [],
  orderKinds: [],
  excludeVirtual: false,
  sevenDayOnly: false,
};

/**
 * The built-ins with their seed conditions. `maxFenLimit` is the platform's limit on the editable threshold: the
 * merchant may lower it, never raise it (SPEC §4 table: 极速退款 amount < ¥300 on the order — the seed says
 * "订单金额<300元"; 小额自动退 < ¥20 — "小金额(20元以下)的仅退款"). 七天无理由自动退货退款 has no amount condition
 * and never refunds: it approves the return only ("不会自动退款").
 */
export const builtins: Record<
  BuiltinKind,
  { name: string; definition: StrategyDefinition; maxFenLimit: number | null; order: number }
> = {
  fast_refund: {
    name: "极速退款",
    order: 1,
    maxFenLimit: 30_000,
    definition: {
      action: "approve_refund",
      delayMin: 0,
      conditions: {
        ...anyConditions,
        types: ["refund_only"],
        shipped: "not_shipped",
        amountBasis: "order",
        maxFen: 30_000,
        excludeVirtual: true,
      },
    },
  },
  small_amount_refund: {
    name: "小额自动退",
    order: 2,
    maxFenLimit: 2_000,
    definition: {
      action: "approve_refund",
      delayMin: 0,
      conditions: { ...anyConditions, types: ["refund_only"], shipped: "shipped", maxFen: 2_000 },
    },
  },
  seven_day_return: {
    name: "七天无理由自动退货退款",
    order: 3,
    maxFenLimit: null,
    definition: {
      action: "approve_return",
      delayMin: 0,
      conditions: { ...anyConditions, types: ["return_refund"], sevenDayOnly: true },
    },
  },
};

export const customTemplates = ["before_ship_refund", "after_ship_refund", "after_ship_return"] as const;
export type CustomTemplate = (typeof customTemplates)[number];

/** The seed's three custom strategies ("发货前自动同意退款,发货后自动仅退款,发货后自动退货退款") as starting points. */
export const templates: Record<CustomTemplate, { name: string; definition: StrategyDefinition }> = {
  before_ship_refund: {
    name: "发货前自动同意退款",
    definition: {
      action: "approve_refund",
      delayMin: 0,
      conditions: { ...anyConditions, types: ["refund_only"], shipped: "not_shipped", maxFen: 10_000 },
    },
  },
  after_ship_refund: {
    name: "发货后自动仅退款",
    definition: {
      action: "approve_refund",
      delayMin: 0,
      conditions: { ...anyConditions, types: ["refund_only"], shipped: "shipped", maxFen: 5_000 },
    },
  },
  after_ship_return: {
    name: "发货后自动退货退款",
    definition: {
      action: "approve_return",
      delayMin: 0,
      conditions: { ...anyConditions, types: ["return_refund"], shipped: "shipped" },
    },
  },
};

/** Longest delay a custom strategy may wait: the 48 h review limit (SPEC §3) would decide before it. */
export const maxDelayMin = 47 * 60;
