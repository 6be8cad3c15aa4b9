import type { ApiMessages } from "@/messages/api";
import { Prose } from "./Prose";
import { SchemaTable, TypeText } from "./SchemaTable";
import { constraints, exampleOf, refName, type Schema } from "./schema-view";

export type Op = {
  operationId: string;
  summary: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

const methodTone: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
};

/** The example a developer can paste: key from the environment, the required body fields filled with placeholders. */
function curlOf(method: string, path: string, op: Op, base: string, schemas: Record<string, Schema>): string {
  const url = `${base}${path.replace("{id}", "1")}`;
  const auth = op.security?.length === 0 ? "" : ' -H "Authorization: Bearer $SHOUHOU_KEY"';
  if (method === "get") return `curl${auth} "${url}"`;
  const ref = op.requestBody?.content["application/json"]?.schema.$ref;
  const body = ref ? exampleOf(schemas[refName(ref)] ?? {}) : {};
  return `curl -X POST${auth} -H "Content-Type: application/json" \\\n  -H "Idempotency-Key: $(uuidgen)" \\\n  -d '${JSON.stringify(body)}' "${url}"`;
}

export function Operation(props: {
  method: string;
  /** The URL path; for a webhook, the event type. */
  path: string;
  op: Op;
  base: string;
  schemas: Record<string, Schema>;
  t: ApiMessages["docs"];
  /** An outbound event: sent by us to the shop's URL, so no key and no curl, an example body instead. */
  webhook?: boolean;
}) {
  const { method, path, op, base, schemas, t, webhook } = props;
  const bodyRef = op.requestBody?.content["application/json"]?.schema;
  // Errors share one shape (Error) and one explanation per status, listed once on the page.
  const errors = Object.keys(op.responses).filter((s) => !s.startsWith("2"));
  return (
    <section id={op.operationId} className="scroll-mt-20 space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200">
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span
            className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase ${methodTone[method] ?? "bg-slate-100"}`}
          >
            {method}
          </span>
          {webhook && <span className="text-sm text-slate-500">{t.webhookTarget}</span>}
          <code className="break-all font-mono text-sm">{path}</code>
        </p>
        <h3 className="font-semibold">{op.summary}</h3>
        {op.description && <Prose text={op.description} />}
        {op.security?.length === 0 && !webhook && <p className="text-xs text-slate-500">{t.noAuth}</p>}
      </header>
      {op.parameters && op.parameters.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-medium">{t.parameters}</h4>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[520px] text-left text-xs">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t.name}</th>
                  <th className="py-1 pr-3 font-medium">{t.where}</th>
                  <th className="py-1 pr-3 font-medium">{t.type}</th>
                  <th className="py-1 font-medium">{t.description}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {op.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <td className="py-1 pr-3 font-mono whitespace-nowrap">
                      {p.name}
                      {p.required && <span className="ml-1 text-red-600">*</span>}
                    </td>
                    <td className="py-1 pr-3 text-slate-500">{p.in}</td>
                    <td className="py-1 pr-3 font-mono text-slate-700">
                      <TypeText schema={p.schema} />
                    </td>
                    <td className="py-1 text-slate-600">
                      {[p.description, ...constraints(p.schema, t.constraint)].filter(Boolean).join("；")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {bodyRef?.$ref && (
        <div>
          <h4 className="mb-1 text-sm font-medium">
            {t.body} · <span className="font-mono">{refName(bodyRef.$ref)}</span>
          </h4>
          <SchemaTable schema={schemas[refName(bodyRef.$ref)] ?? {}} t={t} />
        </div>
      )}
      <div>
        <h4 className="mb-1 text-sm font-medium">{t.responses}</h4>
        <ul className="space-y-0.5 text-xs">
          {Object.entries(op.responses)
            .filter(([status]) => status.startsWith("2"))
            .map(([status, r]) => {
              const schema = r.content?.["application/json"]?.schema;
              return (
                <li key={status} className="flex flex-wrap gap-x-2">
                  <span className="font-mono font-semibold text-emerald-700">{status}</span>
                  <span className="text-slate-600">{r.description}</span>
                  {schema?.$ref && (
                    <span className="font-mono">
                      <TypeText schema={schema} />
                    </span>
                  )}
                </li>
              );
            })}
          {errors.length > 0 && (
            <li className="text-slate-600">
              {t.errorsLine}{" "}
              <a href="#errors" className="font-mono text-brand-600 hover:underline">
                {errors.join(" · ")}
              </a>
            </li>
          )}
        </ul>
      </div>
      <div>
        <h4 className="mb-1 text-sm font-medium">{webhook ? t.example : t.curl}</h4>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-100">
          {webhook
            ? JSON.stringify(exampleOf(schemas[refName(bodyRef?.$ref ?? "")] ?? {}), null, 2)
            : curlOf(method, path, op, base, schemas)}
        </pre>
      </div>
    </section>
  );
}
