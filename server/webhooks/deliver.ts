// Worker task: POST due deliveries to their URLs, signed with the endpoint's secret by the same scheme as the
// platform's inbound webhook (SPEC §7, server/platform/signature.ts): hex HMAC-SHA256 of `${timestamp}.${body}`.
// A failure is retried with exponential backoff until maxAttempts. Backoff runs on the wall clock, not the
// sandbox clock: it is about a real receiver being reachable again.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { and, eq, inArray, not, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { sign } from "../platform/signature";
import { InternalAddressError, internalWebhooksAllowed, isInternalAddress, publicOnlyLookup } from "./address";
import { webhookHeaders } from "./events";

export { webhookHeaders } from "./events";

export type DeliverOptions = {
  /** Deliveries claimed per call (sent in parallel). */
  limit?: number;
  maxAttempts?: number;
  /** Wait before attempt n+1 after n failed attempts. */
  backoffMs?: (failedAttempts: number) => number;
  timeoutMs?: number;
  /** Send to loopback and private addresses too; default: only in sandbox mode (./address.ts). */
  allowInternal?: boolean;
};

export const defaultMaxAttempts = 10;
export const defaultTimeoutMs = 10_000;
/** 30 s, 1 min, 2 min, … doubling, at most 6 h: ten attempts span about four hours. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 6 * 60 * 60_000);
}
/** A claimed delivery is not claimed again for this long, so a worker killed mid-request only delays it. */
const leaseMs = 2 * 60_000;

type Delivery = typeof webhookDeliveries.$inferSelect;
type Endpoint = typeof webhookEndpoints.$inferSelect;
export type AttemptResult = { ok: boolean; statusCode: number | null; error: string | null };

/** POSTs `body` and answers the status code; the socket connects only to addresses `lookup` allows. */
function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number, lookup?: LookupFunction) {
  return new Promise<number>((resolve, reject) => {
    const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup },
      (res) => {
        clearTimeout(timer);
        res.destroy(); // only the status matters; never read an endless answer
        resolve(res.statusCode ?? 0);
      },
    );
    const timer = setTimeout(() => {
      const e = new Error("timeout");
      e.name = "TimeoutError";
      req.destroy(e);
    }, timeoutMs);
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end(body);
  });
}

/**
 * Sends one delivery over HTTP. Redirects are not followed (a URL is registered as it is, not where it leads).
 * Unless `allowInternal`, the host's addresses must all be public (./address.ts), checked on the connection itself.
 */
export async function send(
  d: Delivery,
  ep: Endpoint,
  timeoutMs: number,
  allowInternal = false,
): Promise<AttemptResult> {
  const body = JSON.stringify(d.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const url = new URL(ep.url);
    const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
    if (!allowInternal && isIP(literal) && isInternalAddress(literal)) throw new InternalAddressError(literal);
    const status = await post(
      url,
      {
        "content-type": "application/json",
        "user-agent": "Shouhou-Webhooks/1.0",
        [webhookHeaders.event]: d.eventType,
        [webhookHeaders.delivery]: String(d.id),
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: sign(ep.secret, timestamp, body),
      },
      body,
      timeoutMs,
      allowInternal ? undefined : publicOnlyLookup,
    );
    const ok = status >= 200 && status < 300;
    return { ok, statusCode: status, error: ok ? null : `HTTP ${status}` };
  } catch (e) {
    if (e instanceof InternalAddressError) return { ok: false, statusCode: null, error: e.message };
    const name = e instanceof Error ? e.name : "";
    const error =
      name === "TimeoutError" ? `超时（${timeoutMs / 1000} 秒无响应）` : `无法连接：${String(e).slice(0, 200)}`;
    return { ok: false, statusCode: null, error };
  }
}

async function record(db: DbOrTx, d: Delivery, r: AttemptResult, opts: Required<DeliverOptions>) {
  if (r.ok) {
    await db
      .update(webhookDeliveries)
      .set({ status: "delivered", deliveredAt: sql`now()`, lastStatusCode: r.statusCode, lastError: null })
      .where(eq(webhookDeliveries.id, d.id));
    return;
  }
  const giveUp = d.attempts >= opts.maxAttempts;
  await db
    .update(webhookDeliveries)
    .set({
      status: giveUp ? "failed" : "pending",
      lastStatusCode: r.statusCode,
      lastError: r.error,
      nextAttemptAt: sql`now() + make_interval(secs => ${opts.backoffMs(d.attempts) / 1000})`,
    })
    .where(eq(webhookDeliveries.id, d.id));
}

/** Attempts claimed deliveries (attempts already counted) and records each outcome. */
async function attemptAll(db: DbOrTx, claimed: Delivery[], opts: Required<DeliverOptions>) {
  if (claimed.length === 0) return [];
  const ids = [...new Set(claimed.map((d) => d.endpointId))];
  const endpoints = new Map(
    (await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, ids))).map((e) => [e.id, e]),
  );
  return Promise.all(
    claimed.map(async (d) => {
      const ep = endpoints.get(d.endpointId);
      const r: AttemptResult =
        !ep || ep.disabledAt
          ? { ok: false, statusCode: null, error: "推送地址已删除" }
          : await send(d, ep, opts.timeoutMs, opts.allowInternal);
      await record(db, d, r, !ep || ep.disabledAt ? { ...opts, maxAttempts: 0 } : opts);
      return { id: d.id, ...r };
    }),
  );
}

const withDefaults = (o: DeliverOptions): Required<DeliverOptions> => ({
  limit: o.limit ?? 20,
  maxAttempts: o.maxAttempts ?? defaultMaxAttempts,
  backoffMs: o.backoffMs ?? backoffMs,
  timeoutMs: o.timeoutMs ?? defaultTimeoutMs,
  allowInternal: o.allowInternal ?? internalWebhooksAllowed(),
});

/** Claims up to `limit` due deliveries (SKIP LOCKED: several workers never take one twice) for a lease. */
export async function claimDue(db: DbOrTx, limit: number): Promise<Delivery[]> {
  const claimed = await db.execute<Record<string, unknown>>(sql`
    update ${webhookDeliveries} set
      attempts = attempts + 1,
      last_attempt_at = now(),
      next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000})
    where id in (
      select id from ${webhookDeliveries}
      where status = 'pending' and next_attempt_at <= now()
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    returning id`);
  if (claimed.length === 0) return [];
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      inArray(
        webhookDeliveries.id,
        claimed.map((r) => Number(r.id)),
      ),
    );
}

/** Sends claimed deliveries and records each outcome. */
export function sendClaimed(db: DbOrTx, claimed: Delivery[], options: DeliverOptions = {}) {
  return attemptAll(db, claimed, withDefaults(options));
}

/** Claims due deliveries and sends them, waiting for the answers. */
export async function deliverDue(db: DbOrTx, options: DeliverOptions = {}): Promise<number> {
  const rows = await claimDue(db, withDefaults(options).limit);
  await sendClaimed(db, rows, options);
  return rows.length;
}

/** SQL for "being sent right now": a claim sets both times from one now(), so only a claim makes them a lease apart. */
const inFlight = sql`(${webhookDeliveries.status} = 'pending' and ${webhookDeliveries.nextAttemptAt} = ${webhookDeliveries.lastAttemptAt} + make_interval(secs => ${leaseMs / 1000}))`;

/** Columns that claim a delivery for one attempt now (the worker skips it for the lease). */
export const claimNow = (attempts: SQL | number) => ({
  status: "pending" as const,
  attempts,
  lastAttemptAt: sql`now()`,
  nextAttemptAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
});

/**
 * Sends one delivery now, whatever its schedule (立即重试): claimed in one statement unless the worker is sending
 * it at this moment, so it is never sent twice at once. `fresh` starts a new round of attempts. Answers null when
 * no such delivery is free to send.
 */
export async function deliverNow(
  db: DbOrTx,
  shopId: string,
  id: number,
  options: DeliverOptions & { fresh?: boolean } = {},
) {
  const rows = await db
    .update(webhookDeliveries)
    .set(claimNow(options.fresh ? 1 : sql`${webhookDeliveries.attempts} + 1`))
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.shopId, shopId), not(inFlight)))
    .returning();
  if (rows.length === 0) return null;
  return sendClaimedNow(db, rows[0], options);
}

/** Sends one delivery already claimed by the caller and answers its outcome. */
export async function sendClaimedNow(db: DbOrTx, row: Delivery, options: DeliverOptions = {}) {
  const [result] = await attemptAll(db, [row], withDefaults(options));
  return result;
}
