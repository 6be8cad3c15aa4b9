// Every refusal of 设置 → 时限与规则 as one code, mapped once to a DomainError (its HTTP / tRPC class) with the zh-CN
// text of messages/shop-rules.ts; the page shows the reader's language by `details.reason`.
import { shopRulesErrorText } from "../../messages/shop-rules";
import { DomainError, type ErrorCode } from "../errors";
import { type LimitKey, type LimitViolation, violationParams } from "./limits";

export const shopRulesErrorCodes = [
  "NO_SETTINGS_PERMISSION",
  "LIMIT_NOT_A_NUMBER",
  "LIMIT_OUT_OF_RANGE",
  "WAYBILL_REMINDER_TOO_LONG",
  "SETTINGS_STALE",
] as const;
export type ShopRulesErrorCode = (typeof shopRulesErrorCodes)[number];
/** Durations in minutes; the text says them in hours or days. */
export type ShopRulesErrorParams = { limit?: LimitKey; min?: number; max?: number; buyerShipMin?: number };

const classOf: Record<ShopRulesErrorCode, ErrorCode> = {
  NO_SETTINGS_PERMISSION: "FORBIDDEN",
  LIMIT_NOT_A_NUMBER: "INVALID_INPUT",
  LIMIT_OUT_OF_RANGE: "INVALID_INPUT",
  WAYBILL_REMINDER_TOO_LONG: "INVALID_INPUT",
  SETTINGS_STALE: "SETTINGS_VERSION_CONFLICT",
};

export function shopRulesError(code: ShopRulesErrorCode, params: ShopRulesErrorParams = {}): DomainError {
  return new DomainError(classOf[code], shopRulesErrorText("zh-CN", code, params), {
    reason: code,
    params,
    ...(params.limit ? { field: `next.limits.${params.limit}` } : {}),
  });
}

/** A broken limit rule (limits.ts) as the refusal the page and the API show. */
export const limitViolationError = (v: LimitViolation): DomainError => shopRulesError(v.code, violationParams(v));
