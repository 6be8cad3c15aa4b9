// A failed call of 时限与规则 / 平台连接 in the reader's language: the refusal's code (details.reason) and its params,
// else the schema's first message, else what the server said.
import type { Locale } from "@/messages/locale";
import { platformConnectionMessages, platformErrorText } from "@/messages/platform-connection";
import { shopRulesErrorText, shopRulesMessages } from "@/messages/shop-rules";
import type { PlatformErrorCode } from "@/server/platform/connection-errors";
import type { ShopRulesErrorCode, ShopRulesErrorParams } from "@/server/shops/errors";

type ClientError = {
  message?: string;
  data?: {
    details?: { reason?: string; params?: ShopRulesErrorParams };
    zod?: { path: string; message: string }[];
  } | null;
};

const said = (err: ClientError, e: unknown) => err.data?.zod?.[0]?.message ?? err.message ?? String(e);

export function rulesErrorMessage(e: unknown, locale: Locale): string {
  const err = e as ClientError;
  const reason = err.data?.details?.reason;
  if (reason && reason in shopRulesMessages["zh-CN"].errors) {
    return shopRulesErrorText(locale, reason as ShopRulesErrorCode, err.data?.details?.params);
  }
  return said(err, e);
}

export function platformErrorMessage(e: unknown, locale: Locale): string {
  const err = e as ClientError;
  const reason = err.data?.details?.reason;
  if (reason && reason in platformConnectionMessages["zh-CN"].errors) {
    return platformErrorText(locale, reason as PlatformErrorCode);
  }
  return said(err, e);
}

/** The page's copy is out of date: someone else saved or rotated since it loaded. */
export const isStale = (e: unknown): boolean => {
  const reason = (e as ClientError).data?.details?.reason;
  return reason === "SETTINGS_STALE" || reason === "SECRET_STALE";
};
