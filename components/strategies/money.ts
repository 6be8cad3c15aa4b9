// Yuan typed by a merchant ↔ integer 分 (money is 分 everywhere but the input box).

/** "12", "12.5", "12.50" → 1250; "" → null; anything else → undefined (invalid). */
export function parseYuan(s: string): number | null | undefined {
  const v = s.trim();
  if (v === "") return null;
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(v)) return undefined;
  const [int, dec = ""] = v.split(".");
  return Number(int) * 100 + Number(dec.padEnd(2, "0"));
}

/** 1250 → "12.50"; null → "". */
export function yuanInput(fen: number | null): string {
  if (fen === null) return "";
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}
