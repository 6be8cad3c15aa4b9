// Formatting at the edge only: money is integer 分 everywhere else, times are shown in Asia/Shanghai.
import type { Locale } from "@/messages";

export const TZ = "Asia/Shanghai";

export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString("en-US")}.${String(abs % 100).padStart(2, "0")}`;
}

const dtf = new Intl.DateTimeFormat("zh-CN", {
  timeZone: TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
export function dateTime(d: Date | string): string {
  return dtf.format(new Date(d));
}

/** A duration as the two largest units, e.g. "1天3小时", "42分钟". */
export function duration(ms: number, units: { d: string; h: string; m: string }): string {
  const min = Math.max(0, Math.floor(ms / 60_000));
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  const f = (t: string, n: number) => t.replace("{n}", String(n));
  if (d > 0) return f(units.d, d) + (h ? f(units.h, h) : "");
  if (h > 0) return f(units.h, h) + (m ? f(units.m, m) : "");
  return f(units.m, m);
}

/** "：" in Chinese, ": " in English. */
export const colon = (locale: Locale) => (locale === "en" ? ": " : "：");

const df = new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" });
/** A calendar day in Asia/Shanghai, e.g. "2026/03/05". */
export function day(d: Date | string): string {
  return df.format(new Date(d));
}
