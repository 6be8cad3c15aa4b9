// Inputs of the 售后助手 services, shared by the router and the strategy form. Money in integer 分.
import { z } from "zod";
import { text } from "../text";
import { orderKinds, reasons, ticketTypes } from "../tickets/domain";
import { customTemplates, maxDelayMin, type StrategyDefinition, typesForAction } from "./definitions";

const fen = z.number().int().min(0).max(100_000_000);
const ids = z.array(text().trim().min(1).max(64)).max(50);
const reason = z.enum(reasons as [(typeof reasons)[number], ...(typeof reasons)[number][]]);

export const conditionsInput = z.object({
  types: z.array(z.enum(ticketTypes)).min(1, "请至少选择一种售后类型").max(4),
  shipped: z.enum(["any", "not_shipped", "shipped"]),
  amountBasis: z.enum(["refund", "order"]),
  minFen: fen.nullable(),
  maxFen: fen.min(1, "金额上限必须大于 0").nullable(),
  reasons: z.array(reason).max(reasons.length),
  productIds: ids,
  skuIds: ids,
  orderKinds: z.array(z.enum(orderKinds)).max(orderKinds.length),
  excludeVirtual: z.boolean(),
  sevenDayOnly: z.boolean(),
});

/** A full definition; strategies only approve, so the action is approve-return or approve-and-refund (never reject). */
export const definitionInput = z
  .object({
    conditions: conditionsInput,
    action: z.enum(["approve_return", "approve_refund"]),
    delayMin: z
      .number()
      .int()
      .min(0)
      .max(maxDelayMin, `延迟不能超过 ${maxDelayMin / 60} 小时`),
  })
  .superRefine((d, ctx) => {
    const allowed = typesForAction[d.action];
    if (d.conditions.types.some((t) => !allowed.includes(t))) {
      const msg = d.action === "approve_refund" ? "同意并退款只适用于仅退款" : "同意退货只适用于退货退款或换货";
      ctx.addIssue({ code: "custom", path: ["conditions", "types"], message: msg });
    }
    const { minFen, maxFen } = d.conditions;
    if (minFen !== null && maxFen !== null && minFen >= maxFen) {
      ctx.addIssue({ code: "custom", path: ["conditions", "minFen"], message: "金额下限必须小于上限" });
    }
  }) satisfies z.ZodType<StrategyDefinition>;
export type DefinitionInput = z.input<typeof definitionInput>;

const name = text().trim().min(1, "请填写策略名称").max(30, "策略名称不超过 30 个字");

export const createStrategyInput = z.object({
  name,
  template: z.enum(customTemplates).optional(),
  definition: definitionInput,
  enabled: z.boolean().default(false),
});
export type CreateStrategyInput = z.input<typeof createStrategyInput>;

/** An edit names the version it was made on: a concurrent edit is refused instead of silently overwritten. */
export const updateStrategyInput = z.object({
  id: text().min(1).max(64),
  version: z.number().int().min(1),
  name: name.optional(),
  definition: definitionInput,
});
export type UpdateStrategyInput = z.input<typeof updateStrategyInput>;

export const setEnabledInput = z.object({ id: text().min(1).max(64), enabled: z.boolean() });
export const strategyIdInput = z.object({ id: text().min(1).max(64) });

export const dryRunInput = z.object({ definition: definitionInput, days: z.number().int().min(1).max(30).default(30) });
export type DryRunInput = z.input<typeof dryRunInput>;

/** null turns the cap off (the default, SPEC §4 assumption). */
export const setDailyCapInput = z.object({ capFen: z.number().int().min(100).max(100_000_000).nullable() });
