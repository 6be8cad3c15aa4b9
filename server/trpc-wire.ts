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

type Walk = {
  values: Record<string, [string]>;
  rootType?: string;
  annotated: boolean;
  seen: Set<object>;
  path: string[];
};

// The path is kept as a stack and joined only for the few values that need an annotation (Dates, undefined).
function annotate(w: Walk, type: string, json: unknown) {
  if (w.path.length === 0) w.rootType = type;
  else w.values[w.path.join(".")] = [type];
  w.annotated = true;
  return json;
}

function walk(w: Walk, v: unknown): unknown {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || Object.is(v, -0)) throw notPlain;
    return v;
  }
  if (v === undefined) return annotate(w, "undefined", null);
  if (typeof v !== "object") throw notPlain; // bigint, symbol, function
  // superjson records objects met at two paths (referentialEqualities): leave those to it.
  if (w.seen.has(v)) throw notPlain;
  w.seen.add(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.valueOf())) throw notPlain;
    return annotate(w, "Date", v.toISOString());
  }
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw notPlain;
      w.path.push(String(i));
      out[i] = walk(w, v[i]);
      w.path.pop();
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw notPlain;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") throw notPlain;
    w.path.push(escapeKey(key));
    out[key] = walk(w, (v as Record<string, unknown>)[key]);
    w.path.pop();
  }
  return out;
}

function fastSerialize(root: unknown): Serialized | typeof notPlain {
  const w: Walk = { values: {}, annotated: false, seen: new Set(), path: [] };
  try {
    const json = walk(w, root);
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
