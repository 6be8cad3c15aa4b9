// Reading JSON Schema for people: a short type label, one row per (nested) property, and a minimal example
// request body. Used only by the API reference page.
export type Schema = {
  $ref?: string;
  type?: string;
  enum?: (string | number)[];
  const?: string | number;
  items?: Schema;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  format?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

export const refName = (ref: string) => ref.split("/").pop() ?? ref;
const maxShownEnum = 4;

export function typeLabel(s: Schema): string {
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf) return s.anyOf.map(typeLabel).join(" | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) {
    const shown = s.enum.slice(0, maxShownEnum).map((v) => JSON.stringify(v));
    return s.enum.length > maxShownEnum ? `${shown.join(" | ")} | …` : shown.join(" | ");
  }
  if (s.type === "array") {
    const item = s.items ? typeLabel(s.items) : "unknown";
    return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === "string" && s.format) return `string (${s.format})`;
  return s.type ?? "any";
}

export type ConstraintWords = {
  minChars: string;
  maxChars: string;
  gt: string;
  gte: string;
  lte: string;
  minItems: string;
  maxItems: string;
  default: string;
  oneOf: string;
};

/** Limits worth telling a developer (length, range, item count, default), in the page's words. */
export function constraints(s: Schema, w: ConstraintWords): string[] {
  const out: string[] = [];
  const f = (tpl: string, n: unknown) => tpl.replace("{n}", String(n));
  const inner = s.anyOf?.find((x) => x.type !== "null") ?? s;
  if (inner.minLength !== undefined && inner.minLength > 0) out.push(f(w.minChars, inner.minLength));
  if (inner.maxLength !== undefined) out.push(f(w.maxChars, inner.maxLength));
  if (inner.exclusiveMinimum !== undefined) out.push(f(w.gt, inner.exclusiveMinimum));
  if (inner.minimum !== undefined && inner.minimum > -Number.MAX_SAFE_INTEGER) out.push(f(w.gte, inner.minimum));
  if (inner.maximum !== undefined && inner.maximum < Number.MAX_SAFE_INTEGER) out.push(f(w.lte, inner.maximum));
  if (inner.minItems !== undefined && inner.minItems > 0) out.push(f(w.minItems, inner.minItems));
  if (inner.maxItems !== undefined) out.push(f(w.maxItems, inner.maxItems));
  if (s.default !== undefined) out.push(f(w.default, JSON.stringify(s.default)));
  const values = inner.type === "array" ? inner.items?.enum : inner.enum;
  if (values && values.length > maxShownEnum) out.push(f(w.oneOf, values.join(", ")));
  return out;
}

export type Row = { name: string; depth: number; schema: Schema; required: boolean };

const objectOf = (s: Schema): Schema | null => {
  if (s.type === "object" && s.properties) return s;
  const inner = s.anyOf?.find((x) => x.type === "object" && x.properties);
  if (inner) return inner;
  if (s.type === "array" && s.items?.type === "object" && s.items.properties) return s.items;
  return null;
};

/**
 * Properties of an object schema, nested objects (and arrays of objects) indented, down to `maxDepth`. A nested
 * schema that is one of the named schemas (`named`: JSON text → name) is shown as a link to it, not repeated.
 */
export function rows(s: Schema, named: Map<string, string> = new Map(), depth = 0, maxDepth = 2, prefix = ""): Row[] {
  const obj = objectOf(s);
  if (!obj?.properties) return [];
  const out: Row[] = [];
  for (const [name, p] of Object.entries(obj.properties)) {
    const full = prefix ? `${prefix}.${name}` : name;
    const link = linkTo(p, named);
    out.push({ name: full, depth, schema: link ?? p, required: obj.required?.includes(name) ?? false });
    if (!link && depth < maxDepth) {
      out.push(...rows(p, named, depth + 1, maxDepth, p.type === "array" ? `${full}[]` : full));
    }
  }
  return out;
}

/** `s` (or its items, or its non-null branch) as a $ref when it is exactly a named schema. */
function linkTo(s: Schema, named: Map<string, string>): Schema | null {
  const hit = (x: Schema | undefined) => (x ? named.get(JSON.stringify(x)) : undefined);
  const self = hit(s);
  if (self) return { $ref: `#/components/schemas/${self}` };
  if (s.type === "array") {
    const item = hit(s.items);
    if (item) return { type: "array", items: { $ref: `#/components/schemas/${item}` } };
  }
  if (s.anyOf) {
    const branch = s.anyOf.find((x) => x.type !== "null");
    const name = hit(branch);
    if (name) return { anyOf: [{ $ref: `#/components/schemas/${name}` }, { type: "null" }] };
  }
  return null;
}

/** Named schemas by their JSON text, for `rows` to link instead of repeating them. */
export function namedSchemas(schemas: Record<string, Schema>): Map<string, string> {
  return new Map(Object.entries(schemas).map(([name, s]) => [JSON.stringify(s), name]));
}

/** The smallest valid-looking body: required fields only, with placeholder values by type. */
export function exampleOf(s: Schema): unknown {
  const obj = objectOf(s);
  if (obj?.properties && s.type !== "array") {
    return Object.fromEntries(
      Object.entries(obj.properties)
        .filter(([k]) => obj.required?.includes(k))
        .map(([k, p]) => [k, exampleOf(p)]),
    );
  }
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return exampleOf(s.anyOf.find((x) => x.type !== "null") ?? {});
  if (s.type === "integer" || s.type === "number") return 1;
  if (s.type === "boolean") return true;
  if (s.type === "array") return [];
  if (s.type === "string") return "…";
  return null;
}
