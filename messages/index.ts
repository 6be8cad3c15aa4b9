import { en } from "./en";
import type { Locale } from "./locale";
import { type Messages, zhCN } from "./zh-CN";

// Client components import from "./locale" instead: this module holds both catalogs.
export { defaultLocale, fmt, LOCALE_COOKIE, type Locale, locales, parseLocale } from "./locale";

export function messagesFor(locale: Locale): Messages {
  return (locale === "en" ? en : zhCN) as Messages;
}
export type { Messages };
