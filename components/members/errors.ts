// A failed member call in the reader's language: the refusal's code (details.reason), or a schema message mapped
// back to its code (the schemas speak zh-CN text from the same catalog); anything else as the server said it.
import type { Locale } from "@/messages/locale";
import { memberErrorText, membersMessages } from "@/messages/members";
import type { MemberErrorCode, MemberErrorParams } from "@/server/members/errors";

type ClientError = {
  message?: string;
  data?: {
    domainCode?: string;
    details?: { reason?: string; params?: MemberErrorParams };
    zod?: { path: string; message: string }[];
  } | null;
};

const isCode = (s: string | undefined): s is MemberErrorCode => !!s && s in membersMessages["zh-CN"].errors;

export function memberErrorMessage(e: unknown, locale: Locale): string {
  const err = e as ClientError;
  const reason = err.data?.details?.reason;
  if (isCode(reason)) return memberErrorText(locale, reason, err.data?.details?.params);
  const said = err.data?.zod?.[0]?.message ?? err.message ?? String(e);
  const zh = membersMessages["zh-CN"].errors;
  const code = (Object.keys(zh) as MemberErrorCode[]).find((k) => zh[k] === said);
  return code ? memberErrorText(locale, code) : said;
}

/** The page's copy is out of date: someone changed or removed the member meanwhile. */
export const isStale = (e: unknown): boolean => {
  const reason = (e as ClientError).data?.details?.reason;
  return reason === "MEMBER_VERSION_CONFLICT" || reason === "MEMBER_NOT_FOUND";
};
