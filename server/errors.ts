// Typed domain errors, mapped to tRPC and HTTP codes in one place (STYLE: typed errors, mapped once).
import { TRPCError } from "@trpc/server";

export const errorCodes = {
  UNAUTHORIZED: { http: 401, trpc: "UNAUTHORIZED" },
  NO_SHOP: { http: 403, trpc: "FORBIDDEN" },
  FORBIDDEN: { http: 403, trpc: "FORBIDDEN" },
  NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  TICKET_VERSION_CONFLICT: { http: 409, trpc: "CONFLICT" },
  // 设置 → 成员与权限: the member was changed by someone else since the page read it.
  MEMBER_VERSION_CONFLICT: { http: 409, trpc: "CONFLICT" },
  // 设置 → 时限与规则 / 平台连接: the shop's settings were saved by someone else since the page read them.
  SETTINGS_VERSION_CONFLICT: { http: 409, trpc: "CONFLICT" },
  // Open API: a request with the same Idempotency-Key is still running; retrying later gets its answer.
  IDEMPOTENCY_IN_PROGRESS: { http: 409, trpc: "CONFLICT" },
  METHOD_NOT_ALLOWED: { http: 405, trpc: "METHOD_NOT_SUPPORTED" },
  ACTION_NOT_ALLOWED: { http: 422, trpc: "UNPROCESSABLE_CONTENT" },
  INVALID_INPUT: { http: 400, trpc: "BAD_REQUEST" },
  RATE_LIMITED: { http: 429, trpc: "TOO_MANY_REQUESTS" },
} as const;
export type ErrorCode = keyof typeof errorCodes;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; reason?: string; params?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function toTRPCError(e: DomainError): TRPCError {
  return new TRPCError({ code: errorCodes[e.code].trpc, message: e.message, cause: e });
}

export function httpStatusOf(e: DomainError): number {
  return errorCodes[e.code].http;
}
