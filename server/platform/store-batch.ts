// Group commit for the webhook: events that arrive together are stored with one multi-row INSERT
// instead of one round trip each, which is what lets a burst of deliveries be taken at thousands per
// second. Each caller still learns whether its own event was new (202) or a replay (200).
import type { DbOrTx } from "../../db/client";
import { platformEvents } from "../../db/schema";

export type EventRow = typeof platformEvents.$inferInsert & { id: string };
type Waiter = { row: EventRow; resolve: (isNew: boolean) => void; reject: (e: unknown) => void };

const queues = new WeakMap<object, Waiter[]>();
const MAX_BATCH = 200;

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

async function flush(db: DbOrTx) {
  const all = queues.get(db) ?? [];
  queues.delete(db);
  for (let i = 0; i < all.length; i += MAX_BATCH) {
    const batch = all.slice(i, i + MAX_BATCH);
    // Within one batch the first event of an id wins; the others are replays of it.
    const firstOf = new Map<string, Waiter>();
    for (const w of batch) if (!firstOf.has(w.row.id)) firstOf.set(w.row.id, w);
    try {
      const inserted = await db
        .insert(platformEvents)
        .values([...firstOf.values()].map((w) => w.row))
        .onConflictDoNothing({ target: platformEvents.id })
        .returning({ id: platformEvents.id });
      const isNew = new Set(inserted.map((r) => r.id));
      for (const w of batch) w.resolve(firstOf.get(w.row.id) === w && isNew.has(w.row.id));
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
  }
}
