// API reference: renders /api/v1/openapi.json (the same generated document) for people. Public like the document.
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { LOCALE_COOKIE, parseLocale } from "@/messages";
import { apiMessages } from "@/messages/api";
import { openApiDocument } from "@/server/api/openapi";
import { type Op, Operation } from "./Operation";
import { Prose } from "./Prose";
import { SchemaTable } from "./SchemaTable";
import { namedSchemas, type Schema } from "./schema-view";

export const dynamic = "force-dynamic";

type Doc = {
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Op & { tags?: string[] }>>;
  /** OAS 3.1 outbound events: event type → { post }. */
  webhooks?: Record<string, Record<string, Op & { tags?: string[] }>>;
  components: { schemas: Record<string, Schema> };
};

export async function generateMetadata(): Promise<Metadata> {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { title: apiMessages[locale].docs.title };
}

export default async function ApiDocsPage() {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = apiMessages[locale];
  const h = await headers();
  const base = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  const doc = openApiDocument() as unknown as Doc;
  const named = namedSchemas(doc.components.schemas);
  const errorStatuses: Record<string, string> = {};
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      for (const [status, r] of Object.entries(op.responses))
        if (!status.startsWith("2")) errorStatuses[status] = r.description;
    }
  }
  const calls = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op, webhook: false })),
  );
  const hooks = Object.entries(doc.webhooks ?? {}).flatMap(([event, item]) =>
    Object.entries(item).map(([method, op]) => ({ path: event, method, op, webhook: true })),
  );
  const ops = [...calls, ...hooks];
  const operation = (o: (typeof ops)[number]) => (
    <Operation
      key={o.op.operationId}
      method={o.method}
      path={o.path}
      op={o.op}
      base={base}
      schemas={doc.components.schemas}
      t={t.docs}
      webhook={o.webhook}
    />
  );
  const contents = (
    <>
      {doc.tags.map((tag) => {
        const inTag = ops.filter((o) => o.op.tags?.includes(tag.name));
        if (inTag.length === 0) return null;
        return (
          <div key={tag.name} className="mb-3">
            <p className="text-sm font-medium">{tag.description}</p>
            <ul className="mt-1 space-y-0.5">
              {inTag.map((o) => (
                <li key={o.op.operationId}>
                  <a
                    href={`#${o.op.operationId}`}
                    className="block truncate text-sm text-slate-600 hover:text-brand-600"
                  >
                    <span className="mr-1 font-mono text-[10px] uppercase text-slate-400">{o.method}</span>
                    {o.op.summary}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
  return (
    <div className="mx-auto grid max-w-6xl gap-5 p-3 sm:p-5 lg:grid-cols-[220px_1fr]">
      <nav
        aria-label={t.docs.contents}
        className="hidden lg:sticky lg:top-5 lg:block lg:max-h-[calc(100dvh-2.5rem)] lg:overflow-y-auto"
      >
        <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">{t.docs.contents}</p>
        {contents}
      </nav>
      <main className="min-w-0 space-y-4">
        <header className="space-y-2">
          <Link href="/settings/api" className="text-sm text-brand-600 hover:underline">
            ← {t.docs.backToSettings}
          </Link>
          <h1 className="text-xl font-semibold" data-testid="api-docs-title">
            {doc.info.title} <span className="text-sm font-normal text-slate-500">v{doc.info.version}</span>
          </h1>
          <p className="text-sm text-slate-600">
            {t.docs.intro}{" "}
            <a href="/api/v1/openapi.json" className="font-mono text-brand-600 hover:underline">
              /api/v1/openapi.json
            </a>
          </p>
          <div className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
            <Prose text={doc.info.description} />
          </div>
        </header>
        <details className="rounded-xl bg-white p-4 ring-1 ring-slate-200 lg:hidden">
          <summary className="cursor-pointer text-sm font-medium">{t.docs.contents}</summary>
          <nav aria-label={t.docs.contents} className="mt-2">
            {contents}
          </nav>
        </details>
        {calls.map(operation)}
        <section id="errors" className="scroll-mt-20 space-y-2 rounded-xl bg-white p-4 ring-1 ring-slate-200">
          <h2 className="font-semibold">{t.docs.errors}</h2>
          <p className="text-sm text-slate-600">
            {t.docs.errorsIntro}{" "}
            <a href="#schema-Error" className="font-mono text-brand-600 hover:underline">
              Error
            </a>
          </p>
          <ul className="space-y-0.5 text-sm">
            {Object.entries(errorStatuses).map(([status, description]) => (
              <li key={status}>
                <span className="mr-2 font-mono font-semibold">{status}</span>
                <span className="text-slate-600">{description}</span>
              </li>
            ))}
          </ul>
        </section>
        {hooks.length > 0 && (
          <>
            <h2 id="webhooks" className="scroll-mt-20 pt-2 text-lg font-semibold" data-testid="api-docs-webhooks">
              {t.docs.webhooks}
            </h2>
            <p className="text-sm text-slate-600">{t.docs.webhooksIntro}</p>
            {hooks.map(operation)}
          </>
        )}
        <h2 className="pt-2 text-lg font-semibold">{t.docs.schemas}</h2>
        {Object.entries(doc.components.schemas)
          // Request bodies are shown with their operation; the rest are answers.
          .filter(([name]) => !name.endsWith("Body"))
          .map(([name, schema]) => (
            <details
              key={name}
              id={`schema-${name}`}
              className="scroll-mt-20 rounded-xl bg-white p-4 ring-1 ring-slate-200 open:pb-4"
            >
              <summary className="cursor-pointer font-mono text-sm font-semibold">{name}</summary>
              <div className="mt-2">
                <SchemaTable schema={schema} named={named} t={t.docs} />
              </div>
            </details>
          ))}
      </main>
    </div>
  );
}
