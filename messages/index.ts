import { en } from "./en";
import { type Messages, zhCN } from "./zh-CN";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";

export function messagesFor(locale: Locale): Messages {
  return (locale === "en" ? en : zhCN) as Messages;
}
export function parseLocale(v: string | undefined | null): Locale {
  return v === "en" ? "en" : "zh-CN";
}
/** Fills {name} placeholders. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`));
}
export type { Messages };
