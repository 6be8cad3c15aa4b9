// The one mapping from errors to Open API answers: `{ error: { code, message, field?, reason?, params? } }` with
// the HTTP status of the DomainError code (server/errors.ts). Bad input is always a 4xx naming the field; only a
// fault of ours is a 500, logged, with a generic message.
import { ZodError } from "zod";
import { DomainError, httpStatusOf } from "../errors";

export type ApiReply = { status: number; body: unknown; headers?: Record<string, string> };

export type ApiErrorBody = {
  error: { code: string; message: string; field?: string; reason?: string; params?: Record<string, unknown> };
};

/** A DomainError as the answer it gets: status and body. */
export function errorReply(e: DomainError): ApiReply {
  const error: ApiErrorBody["error"] = { code: e.code, message: e.message };
  if (e.details.field) error.field = e.details.field;
  if (e.details.reason) error.reason = e.details.reason;
  if (e.details.params && Object.keys(e.details.params).length) error.params = e.details.params;
  const headers: Record<string, string> = {};
  // 429 says when to come back (RFC 9110 Retry-After, in seconds).
  const retryAfter = e.details.params?.retryAfterSeconds;
  if (e.code === "RATE_LIMITED" && typeof retryAfter === "number") headers["retry-after"] = String(retryAfter);
  return { status: httpStatusOf(e), body: { error } satisfies ApiErrorBody, headers };
}

export function asDomainError(e: unknown): DomainError | null {
  if (e instanceof DomainError) return e;
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    const field = issue?.path.join(".") || "body";
    return new DomainError("INVALID_INPUT", `输入不正确：${field}`, { field });
  }
  return null;
}

export function errorResponse(e: unknown, extraHeaders: Record<string, string> = {}): Response {
  const known = asDomainError(e);
  if (known) return replyResponse(errorReply(known), extraHeaders);
  console.error("[api/v1] request failed", e);
  return Response.json(
    { error: { code: "INTERNAL", message: "服务暂时不可用，请稍后重试" } },
    { status: 500, headers: extraHeaders },
  );
}

export function replyResponse(r: ApiReply, extraHeaders: Record<string, string> = {}): Response {
  return Response.json(r.body, { status: r.status, headers: { ...extraHeaders, ...r.headers } });
}

/** Far above any verb's input (a 500-character note, 9 evidence URLs), far below what could hurt the server. */
export const maxBodyChars = 64 * 1024;

/** No verb's input nests deeper than 3; a body 20,000 levels deep (well under 64 KB) must not exhaust the stack. */
export const maxBodyDepth = 16;

/** How deep arrays and objects nest in JSON text, counted without parsing (brackets inside strings do not count). */
export function jsonDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** A JSON request body; empty means `{}`. Anything but a JSON object is INVALID_INPUT on `body`. */
export function parseJsonObject(raw: string): Record<string, unknown> {
  if (raw.length > maxBodyChars) {
    throw new DomainError("INVALID_INPUT", `请求体不能超过 ${maxBodyChars / 1024} KB`, { field: "body" });
  }
  if (raw.trim() === "") return {};
  if (jsonDepth(raw) > maxBodyDepth) {
    throw new DomainError("INVALID_INPUT", `请求体的嵌套不能超过 ${maxBodyDepth} 层`, { field: "body" });
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new DomainError("INVALID_INPUT", "请求体不是合法的 JSON", { field: "body" });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("INVALID_INPUT", "请求体必须是 JSON 对象", { field: "body" });
  }
  return body as Record<string, unknown>;
}

/** A ticket id from the path: a positive safe integer, else INVALID_INPUT on `id` (never a database error). */
export function parseTicketId(raw: string): number {
  const n = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new DomainError("INVALID_INPUT", "售后单号必须是正整数", { field: "id" });
  return n;
}
