// Every refusal of 设置 → 平台连接 as one code, mapped once to a DomainError (its HTTP / tRPC class) with the zh-CN
// text of messages/platform-connection.ts; the page shows the reader's language by `details.reason`.
import { platformErrorText } from "../../messages/platform-connection";
import { DomainError, type ErrorCode } from "../errors";

export const platformErrorCodes = [
  "NO_SETTINGS_PERMISSION",
  "SECRET_STALE",
  "EVENT_NOT_FOUND",
  "EVENT_PENDING",
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];

const classOf: Record<PlatformErrorCode, ErrorCode> = {
  NO_SETTINGS_PERMISSION: "FORBIDDEN",
  SECRET_STALE: "SETTINGS_VERSION_CONFLICT",
  EVENT_NOT_FOUND: "NOT_FOUND",
  EVENT_PENDING: "ACTION_NOT_ALLOWED",
};

export function platformError(code: PlatformErrorCode): DomainError {
  return new DomainError(classOf[code], platformErrorText("zh-CN", code), { reason: code });
}
