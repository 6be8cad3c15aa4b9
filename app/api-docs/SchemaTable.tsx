import type { ApiMessages } from "@/messages/api";
import { constraints, refName, rows, type Schema, typeLabel } from "./schema-view";

/** One row per property (nested ones indented): name, type (linked when it is a named schema), required, notes. */
export function SchemaTable(props: { schema: Schema; named?: Map<string, string>; t: ApiMessages["docs"] }) {
  const { schema, named, t } = props;
  const list = rows(schema, named);
  if (list.length === 0) return <p className="font-mono text-xs text-slate-600">{typeLabel(schema)}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[520px] text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">{t.name}</th>
            <th className="py-1 pr-3 font-medium">{t.type}</th>
            <th className="py-1 font-medium">{t.description}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {list.map((r) => (
            <tr key={r.name}>
              <td className="py-1 pr-3 font-mono whitespace-nowrap" style={{ paddingLeft: r.depth * 14 }}>
                {r.name.split(".").pop()}
                {r.required && <span className="ml-1 text-red-600">*</span>}
              </td>
              <td className="py-1 pr-3 font-mono text-slate-700">
                <TypeText schema={r.schema} />
              </td>
              <td className="py-1 text-slate-600">
                {[r.schema.description, ...constraints(r.schema, t.constraint)].filter(Boolean).join("；")}
                {!r.required && r.depth === 0 && <span className="ml-1 text-slate-400">({t.optional})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TypeText({ schema }: { schema: Schema }): React.ReactNode {
  if (schema.type === "array" && schema.items?.$ref) {
    return (
      <>
        <TypeText schema={schema.items} />
        []
      </>
    );
  }
  if (schema.anyOf?.some((x) => x.$ref)) {
    return schema.anyOf.map((x, i) => (
      <span key={i}>
        {i > 0 && " | "}
        <TypeText schema={x} />
      </span>
    ));
  }
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#schema-${name}`} className="text-brand-600 hover:underline">
        {name}
      </a>
    );
  }
  return <>{typeLabel(schema)}</>;
}
