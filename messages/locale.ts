// The languages and the placeholder filler, without any catalog: what client components import. The catalogs
// reach the browser only through the server (the root layout hands the reader's language to <Providers>), so
// importing from here never adds every language's strings to a page's script. index.ts re-exports all of this.
export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";

export function parseLocale(v: string | undefined | null): Locale {
  return v === "en" ? "en" : "zh-CN";
}
/** Fills {name} placeholders. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`));
}
