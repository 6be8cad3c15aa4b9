// The additive facts the metrics of SPEC §6 are computed from. Rollups store these per shop, Shanghai day and
// dimension; a metric is always a function of summed facts (definitions.ts), so any period is a sum of days.
// Glossary: 售后单 ticket · 支付订单 paid order · 会话 conversation · 评价 rating.

export const counterFacts = [
  // Tickets, by application day.
  "tickets", // 售后单数
  "decided", // with a first decision (merchant, strategy or platform timer)
  "decidedSec", // Σ application → first decision
  "escalated", // 平台介入
  "merchantRuled", // platform ruled 商责
  "ended",
  "endedByStrategy", // 售后助手
  "endedByTimer", // platform timer
  "returnRequests", // 退货退款 applications
  // Refunds, by refund day.
  "refunds",
  "refundFen",
  "refundOnly",
  "refundOnlySec", // Σ application → refund, 仅退款
  "returnRefund",
  "returnRefundSec", // Σ application → refund, 退货退款
  "selfDone",
  "selfDoneSec", // Σ return signed → refund (自主完结)
  // Ratings, by rating day.
  "ratings",
  "ratingsSatisfied", // 4–5 stars
  // 客服会话, by start day.
  "conversations",
  "replied",
  "replySec", // Σ start → first reply
  "repliedIn3m",
  "convRated",
  "convGood", // 4–5 stars
  // Orders, by payment day.
  "orders", // 支付订单数
  "shipAssessed",
  "shipOnTime",
  "shipFiled", // left out of the assessment by a 报备
  "shipHolidayMoved", // assessed against a promise moved by a holiday
  "collectAssessed",
  "collectOnTime",
  "signed",
  "signedSec", // Σ shipment → signed
] as const;
export type CounterFact = (typeof counterFacts)[number];

/** Durations that also keep a histogram, for p50/p90. */
export const histFacts = ["decided", "refundOnly", "returnRefund", "selfDone", "signed"] as const;
export type HistFact = (typeof histFacts)[number];

/** Bucket (minutes, its lower bound) → count. */
export type Hist = Record<string, number>;
export type Facts = { c: Record<CounterFact, number>; h: Record<HistFact, Hist> };

export const dims = ["all", "reason", "product", "carrier", "agent", "type"] as const;
export type Dim = (typeof dims)[number];
export const breakdownDims = ["reason", "product", "carrier", "agent", "type"] as const;
export type BreakdownDim = (typeof breakdownDims)[number];

export function emptyFacts(): Facts {
  return {
    c: Object.fromEntries(counterFacts.map((f) => [f, 0])) as Facts["c"],
    h: Object.fromEntries(histFacts.map((f) => [f, {}])) as Facts["h"],
  };
}

export function addFacts(into: Facts, from: Facts): Facts {
  for (const f of counterFacts) into.c[f] += from.c[f];
  for (const f of histFacts) mergeHist(into.h[f], from.h[f]);
  return into;
}

export function mergeHist(into: Hist, from: Hist): void {
  // for…in, not Object.entries: a 90-day summary merges ≈100,000 buckets per request.
  for (const k in from) into[k] = (into[k] ?? 0) + (from[k] as number);
}

export const isEmpty = (f: Facts) => counterFacts.every((k) => f.c[k] === 0);

/**
 * Duration buckets for percentiles, in minutes: exact under 1 h, 5 min under 10 h, 30 min under 48 h, 2 h beyond.
 * A rollup stays small (≈300 buckets at most) and p50/p90 are exact to the bucket, on any period.
 */
export function bucketOf(seconds: number): number {
  const m = Math.max(0, Math.floor(seconds / 60));
  if (m < 60) return m;
  if (m < 600) return m - (m % 5);
  if (m < 2880) return m - (m % 30);
  return m - (m % 120);
}

/** Nearest-rank percentile (as SQL percentile_disc) over a histogram, in seconds (the bucket's lower bound). */
export function percentile(h: Hist, p: number): number | null {
  const entries = Object.entries(h)
    .map(([k, n]) => [Number(k), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [bucket, n] of entries) {
    seen += n;
    if (seen >= rank) return bucket * 60;
  }
  return null;
}

/** Facts per dimension value; the key of dim "all" is "" and so is a missing value (no carrier, no agent). */
export class FactsByKey {
  readonly map = new Map<string, Facts>();
  static key(dim: Dim, key: string) {
    return `${dim}\u0000${key}`;
  }
  at(dim: Dim, key: string | null | undefined): Facts {
    const k = FactsByKey.key(dim, key ?? "");
    let f = this.map.get(k);
    if (!f) {
      f = emptyFacts();
      this.map.set(k, f);
    }
    return f;
  }
  get(dim: Dim, key: string): Facts | undefined {
    return this.map.get(FactsByKey.key(dim, key));
  }
  *entries(): Generator<{ dim: Dim; key: string; facts: Facts }> {
    for (const [k, facts] of this.map) {
      const [dim, key] = k.split("\u0000") as [Dim, string];
      yield { dim, key, facts };
    }
  }
}
