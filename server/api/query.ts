// Query strings → the input of a zod schema. A URL carries only text, so each parameter is read by the type the
// schema itself declares (from its JSON Schema): arrays are comma-separated (or repeated), numbers and booleans are
// parsed, then the schema validates as it does for tRPC. No filter is restated here.
import { z } from "zod";
import { DomainError } from "../errors";
import { parseInput } from "../tickets/actions/context";

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

/** JSON Schema of a request schema (input side); dates are ISO 8601 strings on the wire. */
export function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
    },
  });
  return json;
}

function kindOf(s: JsonSchema | undefined): string {
  if (!s) return "unknown";
  if (typeof s.type === "string") return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== "null") ?? "unknown";
  const nonNull = s.anyOf?.find((x) => x.type !== "null");
  return nonNull ? kindOf(nonNull) : "string";
}

function convert(kind: string, values: string[]): unknown {
  const last = values[values.length - 1] ?? "";
  if (kind === "array") return values.flatMap((v) => v.split(",")).filter((v) => v !== "");
  if (kind === "integer" || kind === "number")
    return last.trim() !== "" && Number.isFinite(Number(last)) ? Number(last) : last;
  if (kind === "boolean") return last === "true" ? true : last === "false" ? false : last;
  return last;
}

const propsCache = new WeakMap<z.ZodType, Record<string, JsonSchema>>();
function propertiesOf(schema: z.ZodType): Record<string, JsonSchema> {
  let props = propsCache.get(schema);
  if (!props) {
    props = (inputJsonSchema(schema) as JsonSchema).properties ?? {};
    propsCache.set(schema, props);
  }
  return props;
}

/** Parses `params` as `schema`'s input; an unknown parameter or a bad value is INVALID_INPUT naming it. */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.output<S> {
  const props = propertiesOf(schema);
  const input: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    // A mistyped filter must not silently return every ticket.
    if (!Object.hasOwn(props, name)) throw new DomainError("INVALID_INPUT", `未知的查询参数：${name}`, { field: name });
    input[name] = convert(kindOf(props[name]), params.getAll(name));
  }
  return parseInput(schema, input);
}
