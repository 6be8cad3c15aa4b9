// Every refusal of 设置 → 成员与权限 as one code, mapped once to a DomainError (its HTTP / tRPC class) with the
// zh-CN text of messages/members.ts; the page shows the reader's language by `details.reason`.
import { memberErrorText, membersMessages } from "../../messages/members";
import { DomainError, type ErrorCode } from "../errors";
import { memberRuleCodes, type Permission } from "./rules";

export const memberErrorCodes = [
  ...memberRuleCodes,
  "MEMBER_NOT_FOUND",
  "MEMBER_VERSION_CONFLICT",
  "ALREADY_MEMBER",
  "PASSWORD_REQUIRED",
  "EMAIL_INVALID",
  "NAME_REQUIRED",
  "NAME_TOO_LONG",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
] as const;
export type MemberErrorCode = (typeof memberErrorCodes)[number];
export type MemberErrorParams = { permission?: Permission; email?: string };

/** The error class of each code: who may not (403), what the shop's rules refuse (422), stale (409), bad input (400). */
const classOf: Record<MemberErrorCode, ErrorCode> = {
  NO_SETTINGS_PERMISSION: "FORBIDDEN",
  OWNER_ROLE_OWNER_ONLY: "FORBIDDEN",
  OWNER_EDIT_OWNER_ONLY: "FORBIDDEN",
  GRANT_NOT_HELD: "FORBIDDEN",
  LAST_OWNER: "ACTION_NOT_ALLOWED",
  MEMBER_NOT_FOUND: "NOT_FOUND",
  MEMBER_VERSION_CONFLICT: "MEMBER_VERSION_CONFLICT",
  ALREADY_MEMBER: "ACTION_NOT_ALLOWED",
  PASSWORD_REQUIRED: "INVALID_INPUT",
  EMAIL_INVALID: "INVALID_INPUT",
  NAME_REQUIRED: "INVALID_INPUT",
  NAME_TOO_LONG: "INVALID_INPUT",
  PASSWORD_TOO_SHORT: "INVALID_INPUT",
  PASSWORD_TOO_LONG: "INVALID_INPUT",
};

/** zh-CN text of a code, for the zod schemas' messages (the page maps them back to the reader's language). */
export const zhText = (code: MemberErrorCode) => membersMessages["zh-CN"].errors[code];

export function memberError(code: MemberErrorCode, params: MemberErrorParams = {}, field?: string): DomainError {
  return new DomainError(classOf[code], memberErrorText("zh-CN", code, params), {
    reason: code,
    params,
    ...(field ? { field } : {}),
  });
}
