// Helpers over the shared seeded random source: the same seed gives the same demo shop.
import { mulberry32 } from "../../server/platform/random";

export type Rand = () => number;
export { mulberry32 };
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
export const between = (r: Rand, lo: number, hi: number) => lo + (hi - lo) * r();
export function weighted<T>(r: Rand, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of xs) {
    x -= w;
    if (x <= 0) return v;
  }
  return xs[xs.length - 1]?.[0] as T;
}
