// The tRPC transformer: superjson on the wire, with a fast path for what the API answers with.
// superjson.serialize checks every value against each of its rules and costs ~2 ms for one 50-row
// workbench page, more than the list query itself. Answers are plain objects, arrays, strings, numbers,
// booleans, null, undefined and Dates: for those, serializeAnswer writes exactly what superjson writes
// (same json, same meta, same key order; trpc-wire.test.ts compares them) in one plain walk. Anything else
// (Map, Set, bigint, NaN, -0, class instances, an object met twice, ...) goes to superjson itself.
import superjson from "superjson";

type Serialized = ReturnType<typeof superjson.serialize>;
const notPlain = Symbol("notPlain");
const escapeKey = (key: string) =>
  key.includes(".") || key.includes("\\") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
/** Date#toISOString, ~3× faster (a list page has ~100 dates); years outside 1000–9999 take the built-in. */
export function isoString(d: Date): string {
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return d.toISOString();
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}Z`;
}

type Walk = {
  values: Record<string, [string]>;
  rootType?: string;
  annotated: boolean;
  seen: Set<object>;
  /** Keys and indices down to the value being walked; escaped and joined only for an annotation. */
  path: (string | number)[];
};

// Dates and undefined are the only values that need an annotation: their path is built then, not per key.
function annotate(w: Walk, key: string | number | null, type: string, json: unknown) {
  const path = key === null ? w.path : [...w.path, key];
  if (path.length === 0) w.rootType = type;
  else w.values[path.map((k) => (typeof k === "number" ? String(k) : escapeKey(k))).join(".")] = [type];
  w.annotated = true;
  return json;
}

/** A leaf (anything but a non-Date object) as superjson writes it, or `walkObject` for the rest. */
function walkValue(w: Walk, key: string | number | null, v: unknown): unknown {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || Object.is(v, -0)) throw notPlain;
    return v;
  }
  if (v === undefined) return annotate(w, key, "undefined", null);
  if (typeof v !== "object") throw notPlain; // bigint, symbol, function
  // superjson records objects met at two paths (referentialEqualities): leave those to it.
  if (w.seen.has(v)) throw notPlain;
  w.seen.add(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.valueOf())) throw notPlain;
    return annotate(w, key, "Date", isoString(v));
  }
  if (key !== null) w.path.push(key);
  const out = walkObject(w, v);
  if (key !== null) w.path.pop();
  return out;
}

function walkObject(w: Walk, v: object): unknown {
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw notPlain;
      out[i] = walkValue(w, i, v[i]);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw notPlain;
  // A spread copy keeps the row's shape (JSON.stringify's fast path); only non-plain fields are replaced.
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = proto === null ? Object.assign(Object.create(null), src) : { ...src };
  for (const key of Object.keys(src)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") throw notPlain;
    const x = src[key];
    if (x === null || typeof x === "string" || typeof x === "boolean") continue;
    out[key] = walkValue(w, key, x);
  }
  return out;
}

function fastSerialize(root: unknown): Serialized | typeof notPlain {
  const w: Walk = { values: {}, annotated: false, seen: new Set(), path: [] };
  try {
    const json = walkValue(w, null, root);
    if (!w.annotated) return { json } as Serialized;
    return { json, meta: { values: w.rootType ? [w.rootType] : w.values, v: 1 } } as Serialized;
  } catch (e) {
    if (e === notPlain) return notPlain;
    throw e;
  }
}

/** What superjson.serialize returns, faster for plain data. */
export function serializeAnswer(value: unknown): Serialized {
  const fast = fastSerialize(value);
  return fast === notPlain ? superjson.serialize(value) : fast;
}

export const transformer = {
  serialize: serializeAnswer,
  deserialize: (payload: Serialized) => superjson.deserialize(payload),
};
