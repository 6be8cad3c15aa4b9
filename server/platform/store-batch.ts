// Group commit for the webhook: events that arrive together are stored with one INSERT instead of one round
// trip each, which is what lets a burst of deliveries be taken at thousands per second. Each caller still learns
// whether its own event was new (202) or a replay (200). The rows travel as seven array parameters (unnest), so
// the statement text is the same for every batch size: prepared once, no per-value SQL building. (All arrays go
// as text[] and are cast in SQL: the driver serialises text arrays only.)
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export type EventRow = {
  id: string;
  shopId: string;
  type: string;
  subjectKey: string;
  occurredAt: Date;
  /** The delivery's JSON text as received (already parsed and validated); stored as jsonb. */
  payloadJson: string;
  receivedAt: Date;
};
type Waiter = { row: EventRow; resolve: (isNew: boolean) => void; reject: (e: unknown) => void };

const queues = new WeakMap<object, Waiter[]>();
const MAX_BATCH = 500;

/** Stores `row` unless an event with its id exists; resolves true when it was new. */
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

async function insertRows(db: DbOrTx, rows: EventRow[]): Promise<Set<string>> {
  const col = <T>(f: (r: EventRow) => T) => sql.param(rows.map(f));
  const inserted = await db.execute<{ id: string }>(sql`
    insert into platform_events (id, shop_id, type, subject_key, occurred_at, payload, received_at)
    select id, shop_id, type, subject_key, occurred_at::timestamptz, payload::jsonb, received_at::timestamptz
    from unnest(${col((r) => r.id)}::text[], ${col((r) => r.shopId)}::text[], ${col((r) => r.type)}::text[],
      ${col((r) => r.subjectKey)}::text[], ${col((r) => r.occurredAt.toISOString())}::text[],
      ${col((r) => r.payloadJson)}::text[], ${col((r) => r.receivedAt.toISOString())}::text[])
      with ordinality as t(id, shop_id, type, subject_key, occurred_at, payload, received_at, n)
    order by n
    on conflict (id) do nothing
    returning id`);
  return new Set(inserted.map((r) => r.id));
}

async function flush(db: DbOrTx) {
  const all = queues.get(db) ?? [];
  queues.delete(db);
  for (let i = 0; i < all.length; i += MAX_BATCH) {
    const batch = all.slice(i, i + MAX_BATCH);
    // Within one batch the first event of an id wins; the others are replays of it.
    const firstOf = new Map<string, Waiter>();
    for (const w of batch) if (!firstOf.has(w.row.id)) firstOf.set(w.row.id, w);
    const firsts = [...firstOf.values()];
    try {
      const isNew = await insertRows(
        db,
        firsts.map((w) => w.row),
      );
      for (const w of batch) w.resolve(firstOf.get(w.row.id) === w && isNew.has(w.row.id));
    } catch (e) {
      if (firsts.length === 1) {
        for (const w of batch) w.reject(e);
        continue;
      }
      // One row the database refuses must not fail the deliveries it shared a batch with: store each alone.
      for (const first of firsts) {
        try {
          const isNew = (await insertRows(db, [first.row])).has(first.row.id);
          for (const w of batch) if (w.row.id === first.row.id) w.resolve(w === first && isNew);
        } catch (one) {
          for (const w of batch) if (w.row.id === first.row.id) w.reject(one);
        }
      }
    }
  }
}
