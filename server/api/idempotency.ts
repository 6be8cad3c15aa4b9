// `Idempotency-Key` on POST: an ERP that retries after a timeout must not approve or refund twice (SPEC §8
// "every money movement happens exactly once"). The key's row is written in the same transaction as the action,
// so a concurrent retry waits on the unique index and then reads the stored first answer; a retry after a crash
// finds no row (the transaction rolled back) and runs the action afresh.
import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { idempotencyKeys } from "../../db/schema";
import { DomainError } from "../errors";
import { type ApiReply, errorReply, asDomainError } from "./http";

export const idempotencyHeader = "idempotency-key";
/** Stored answers are kept at least this long; the worker prunes older ones. */
export const idempotencyRetentionMs = 24 * 60 * 60 * 1000;

/** Same JSON in any key order hashes the same, so a client re-serialising its body still matches. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonical(body)}`, "utf8")
    .digest("hex");
}

export function readIdempotencyKey(headers: Headers): string | null {
  const v = headers.get(idempotencyHeader);
  if (v === null) return null;
  if (!/^[\x21-\x7e]{1,255}$/.test(v)) {
    throw new DomainError("INVALID_INPUT", "Idempotency-Key 须为 1–255 个可见 ASCII 字符", {
      field: "Idempotency-Key",
    });
  }
  return v;
}

export type IdempotentReply = ApiReply & { replayed: boolean };

/**
 * Runs `run` at most once per (API key, Idempotency-Key). The same key with the same request answers the stored
 * first answer (domain errors included); the same key with another request is 422. Without a key, just runs.
 */
export async function idempotent(
  db: Db,
  args: { apiKeyId: string; key: string | null; hash: string },
  run: (db: DbOrTx) => Promise<ApiReply>,
): Promise<IdempotentReply> {
  if (args.key === null) return { ...(await run(db)), replayed: false };
  const key = args.key;
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(idempotencyKeys)
      .values({ apiKeyId: args.apiKeyId, key, requestHash: args.hash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (!claimed) {
      const [first] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.apiKeyId, args.apiKeyId), eq(idempotencyKeys.key, key)));
      if (!first || first.status === null) {
        throw new DomainError(
          "IDEMPOTENCY_IN_PROGRESS",
          "使用同一 Idempotency-Key 的上一个请求还在处理中，请稍后用同一 Key 重试以取得它的结果",
          { field: "Idempotency-Key" },
        );
      }
      if (first.requestHash !== args.hash) {
        throw new DomainError("ACTION_NOT_ALLOWED", "该 Idempotency-Key 已用于另一个请求，请换一个新的 Key", {
          field: "Idempotency-Key",
          reason: "IDEMPOTENCY_KEY_REUSED",
        });
      }
      return { status: first.status, body: first.response, replayed: true };
    }
    let reply: ApiReply;
    try {
      reply = await run(tx);
    } catch (e) {
      // A refusal is the request's answer and is stored; anything else rolls back, key included, so a retry runs.
      const known = asDomainError(e);
      if (!known) throw e;
      reply = errorReply(known);
    }
    await tx
      .update(idempotencyKeys)
      .set({ status: reply.status, response: reply.body ?? null })
      .where(and(eq(idempotencyKeys.apiKeyId, args.apiKeyId), eq(idempotencyKeys.key, key)));
    return { ...reply, replayed: false };
  });
}

/** Worker task: forgets stored answers older than the retention, a bounded batch per call. */
export async function pruneIdempotencyKeys(db: DbOrTx, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - idempotencyRetentionMs);
  const deleted = await db.execute(sql`
    delete from ${idempotencyKeys} where ctid in (
      select ctid from ${idempotencyKeys} where ${lt(idempotencyKeys.createdAt, cutoff)} limit 1000
    ) returning 1`);
  return deleted.length;
}
