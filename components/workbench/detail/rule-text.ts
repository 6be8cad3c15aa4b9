import { fmt, type Locale } from "@/messages/locale";
import { ruleMessages } from "@/messages/rules";
import { type RuleCode, type RuleParams, ruleCodes } from "@/server/tickets/rules";
import { colon } from "../../format";

/** A rule code in words; a failing 物流拦截 condition is named after the refusal (SPEC §4 "says which fails"). */
export function ruleText(locale: Locale, code: RuleCode, params: RuleParams = {}): string {
  const text = fmt(ruleMessages[locale][code], params);
  const condition = params.condition;
  if (typeof condition === "string" && (ruleCodes as readonly string[]).includes(condition)) {
    return `${text}${colon(locale)}${fmt(ruleMessages[locale][condition as RuleCode], params)}`;
  }
  return text;
}
