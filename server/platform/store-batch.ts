// Group commit for the webhook: events that arrive together are stored with one INSERT instead of one round
// trip each, which is what lets a burst of deliveries be taken at thousands per second. Each caller still learns
// whether its own event was new (202) or a replay (200) — a replay being the same event id from the same shop:
// ids are the platform's, unique per shop only. The rows travel as seven array parameters (unnest), so the
// statement text is the same for every batch size: prepared once, no per-value SQL building. (All arrays go as
// text[] and are cast in SQL: the driver serialises text arrays only.)
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export type EventRow = {
  id: string;
  shopId: string;
  type: string;
  subjectKey: string;
  occurredAt: Date;
  /**
   * The delivery's body exactly as received (already parsed and validated): kept as text in raw_body, byte for
   * byte, and as jsonb in payload for the processor.
   */
  rawBody: string;
  receivedAt: Date;
};
type Waiter = { row: EventRow; resolve: (isNew: boolean) => void; reject: (e: unknown) => void };

const queues = new WeakMap<object, Waiter[]>();
const MAX_BATCH = 500;

/** Stores `row` unless its shop already has an event with its id; resolves true when it was new. */
export function storeEvent(db: DbOrTx, row: EventRow): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      // Flush after the current burst of I/O callbacks has queued its events.
      setImmediate(() => void flush(db));
    }
    queue.push({ row, resolve, reject });
  });
}

/** An event's identity: the platform's id within its shop. */
const keyOf = (r: Pick<EventRow, "shopId" | "id">) => `${r.shopId}\u0000${r.id}`;

async function insertRows(db: DbOrTx, rows: EventRow[]): Promise<Set<string>> {
  const col = <T>(f: (r: EventRow) => T) => sql.param(rows.map(f));
  const inserted = await db.execute<{ id: string; shop_id: string }>(sql`
    insert into platform_events (id, shop_id, type, subject_key, occurred_at, payload, raw_body, received_at)
    select id, shop_id, type, subject_key, occurred_at::timestamptz, raw_body::jsonb, raw_body, received_at::timestamptz
    from unnest(${col((r) => r.id)}::text[], ${col((r) => r.shopId)}::text[], ${col((r) => r.type)}::text[],
      ${col((r) => r.subjectKey)}::text[], ${col((r) => r.occurredAt.toISOString())}::text[],
      ${col((r) => r.rawBody)}::text[], ${col((r) => r.receivedAt.toISOString())}::text[])
      with ordinality as t(id, shop_id, type, subject_key, occurred_at, raw_body, received_at, n)
    order by n
    on conflict (shop_id, id) do nothing
    returning id, shop_id`);
  return new Set(inserted.map((r) => keyOf({ id: r.id, shopId: r.shop_id })));
}

async function flush(db: DbOrTx) {
  const all = queues.get(db) ?? [];
  queues.delete(db);
  for (let i = 0; i < all.length; i += MAX_BATCH) {
    const batch = all.slice(i, i + MAX_BATCH);
    // Within one batch the first event of a (shop, id) wins; the others are replays of it.
    const firstOf = new Map<string, Waiter>();
    for (const w of batch) if (!firstOf.has(keyOf(w.row))) firstOf.set(keyOf(w.row), w);
    const firsts = [...firstOf.values()];
    try {
      const isNew = await insertRows(
        db,
        firsts.map((w) => w.row),
      );
      for (const w of batch) w.resolve(firstOf.get(keyOf(w.row)) === w && isNew.has(keyOf(w.row)));
    } catch (e) {
      if (firsts.length === 1) {
        for (const w of batch) w.reject(e);
        continue;
      }
      // One row the database refuses must not fail the deliveries it shared a batch with: store each alone.
      for (const first of firsts) {
        const key = keyOf(first.row);
        try {
          const isNew = (await insertRows(db, [first.row])).has(key);
          for (const w of batch) if (keyOf(w.row) === key) w.resolve(w === first && isNew);
        } catch (one) {
          for (const w of batch) if (keyOf(w.row) === key) w.reject(one);
        }
      }
    }
  }
}
