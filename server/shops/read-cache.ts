// A tiny in-process cache for what every read request needs and what rarely changes (who the member is,
// the shop's time limits), so a list request makes one round trip to the database instead of three.
// Bounded staleness, not correctness by luck: an entry lives `ttlMs` at most (other processes see a change
// within that), `forget()` drops every entry at once (this process sees a change immediately), and an
// entry is per database handle, so tests and the bench never share one across databases.

type Entry<V> = { value: Promise<V>; loadedAt: number; generation: number };
type State<V> = { generation: number; byDb: WeakMap<object, Map<string, Entry<V>>> };

// On globalThis (like the db pool): Next.js may evaluate a module once per bundle layer, and a forget()
// in one copy must reach the entries of every copy.
const g = globalThis as { __shouhouReadCaches?: Map<string, State<unknown>> };
if (!g.__shouhouReadCaches) g.__shouhouReadCaches = new Map();
const registry = g.__shouhouReadCaches;

export type ReadCache<V> = {
  /** The cached value for `key`, or `load()` once for every concurrent caller (single flight). */
  get(db: object, key: string, load: () => Promise<V>, keep?: (v: V) => boolean): Promise<V>;
  /** Drops every entry, for every database handle; loads in flight are not stored. */
  forget(): void;
};

export function createReadCache<V>(name: string, opts: { ttlMs: number; maxEntries?: number }): ReadCache<V> {
  const state = (registry.get(name) ?? { generation: 0, byDb: new WeakMap() }) as State<V>;
  registry.set(name, state as State<unknown>);
  const max = opts.maxEntries ?? 10_000;
  return {
    get(db, key, load, keep = () => true) {
      const entries = state.byDb.get(db) ?? new Map<string, Entry<V>>();
      state.byDb.set(db, entries);
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.generation === state.generation && now - hit.loadedAt < opts.ttlMs) return hit.value;
      if (entries.size >= max) entries.clear();
      // The age counts from before the read, so an entry is never older than ttlMs in database time.
      const entry: Entry<V> = { value: load(), loadedAt: now, generation: state.generation };
      entries.set(key, entry);
      const drop = () => {
        if (entries.get(key) === entry) entries.delete(key);
      };
      entry.value.then((v) => (keep(v) ? undefined : drop()), drop);
      return entry.value;
    },
    forget() {
      state.generation++;
    },
  };
}
