// Test harness: the real /api/v1 route handlers (app/api/v1/**/route.ts) behind a real node:http server, routed
// the way Next.js routes them (static segment before [param] before [...catchAll]). Used by server/api/*.test.ts.
import { readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { DbOrTx } from "../../db/client";
import type { Member } from "../tickets/actions/context";
import { createOrder, createShop, createTicket, HOUR, type ShopFixture } from "../tickets/actions/test-fixtures";
import { type ApiScope, createApiKey } from "./keys";

const root = join(process.cwd(), "app/api/v1");

export type RouteFile = { file: string; segments: string[] };

/** Every route.ts under app/api/v1, as its URL segments (e.g. ["tickets", "[id]"]). */
export function routeFiles(dir = root): RouteFile[] {
  const out: RouteFile[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...routeFiles(p));
    else if (name === "route.ts") {
      const rel = relative(root, dir);
      out.push({ file: p, segments: rel === "" ? [] : rel.split(sep) });
    }
  }
  return out;
}

/** The OpenAPI path template of a route file: `/api/v1/tickets/{id}`; null for a catch-all. */
export function templateOf(r: RouteFile): string | null {
  if (r.segments.some((s) => s.startsWith("[..."))) return null;
  return `/api/v1/${r.segments.map((s) => (s.startsWith("[") ? `{${s.slice(1, -1)}}` : s)).join("/")}`;
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Loaded = { route: RouteFile; mod: Record<string, Handler | unknown>; rank: number[] };

function match(route: RouteFile, parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const seg = route.segments[i];
    if (seg.startsWith("[...")) {
      if (i >= parts.length) return null;
      params[seg.slice(4, -1)] = parts.slice(i).map(decodeURIComponent);
      return params;
    }
    if (i >= parts.length) return null;
    if (seg.startsWith("[")) params[seg.slice(1, -1)] = decodeURIComponent(parts[i]);
    else if (seg !== parts[i]) return null;
  }
  return route.segments.length === parts.length ? params : null;
}

/** Starts the API on an ephemeral port; `close` stops it. */
export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const loaded: Loaded[] = [];
  for (const route of routeFiles()) {
    loaded.push({
      route,
      mod: await import(route.file),
      rank: route.segments.map((s) => (s.startsWith("[...") ? 2 : s.startsWith("[") ? 1 : 0)),
    });
  }
  // Next.js precedence: at each segment, static beats dynamic beats catch-all.
  loaded.sort((a, b) => {
    for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
      const d = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  });
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const parts = url.pathname
      .replace(/^\/api\/v1\/?/, "")
      .split("/")
      .filter(Boolean);
    let response: Response = new Response("not found", { status: 404 });
    for (const l of loaded) {
      const params = url.pathname.startsWith("/api/v1") ? match(l.route, parts) : null;
      if (!params) continue;
      const handler = l.mod[req.method ?? "GET"];
      if (typeof handler !== "function") response = new Response(null, { status: 405 });
      else {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
        const body = chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
        const request = new Request(url, { method: req.method, headers, body });
        response = await (handler as Handler)(request, { params: Promise.resolve(params) });
      }
      break;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An API key of the fixture shop, created by its owner through the key service; answers the key itself. */
export async function createTestKey(
  db: DbOrTx,
  owner: Member,
  scope: ApiScope = "act",
  name = "ERP",
): Promise<{ id: string; key: string }> {
  const created = await createApiKey(
    db,
    { shopId: owner.shopId, member: { ...owner, canManageSettings: true } },
    {
      name,
      scope,
    },
  );
  return { id: created.id, key: created.key };
}

/** fetch against the test server with a key; answers status, headers and the parsed JSON body. */
export function apiClient(baseUrl: string) {
  return async (
    path: string,
    opts: { key?: string | null; method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.key) headers.authorization = `Bearer ${opts.key}`;
    if (opts.body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(baseUrl + path, {
      method: opts.method ?? (opts.body !== undefined ? "POST" : "GET"),
      headers,
      body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely; openapi.test.ts checks their shapes.
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, headers: res.headers, body: json };
  };
}

/**
 * A 仅退款 ticket in 待商家处理 on the app clock (the fixture shops are sandbox shops at offset 0, i.e. the wall
 * clock): ordered three days ago, applied an hour ago, 47 hours left to review.
 */
export async function freshTicket(
  db: DbOrTx,
  f: ShopFixture,
  over: Parameters<typeof createTicket>[3] = {},
  order: Parameters<typeof createOrder>[2] = {},
) {
  const o = await createOrder(db, f, { paidAt: new Date(Date.now() - 72 * HOUR), ...order });
  return createTicket(db, f, o, {
    appliedAt: new Date(Date.now() - HOUR),
    updatedAt: new Date(Date.now() - HOUR),
    deadlineAt: new Date(Date.now() + 47 * HOUR),
    ...over,
  });
}

export type ApiTestbed = {
  call: ReturnType<typeof apiClient>;
  /** The shop whose keys the tests use, and another shop (isolation). */
  a: ShopFixture;
  b: ShopFixture;
  actKey: string;
  readKey: string;
  keyOfB: string;
};

/** The HTTP tests' common ground, set up before the file's tests: the API server, shops A and B and their keys. */
export function useApiTestbed(db: DbOrTx): ApiTestbed {
  const bed = {} as ApiTestbed;
  let server: Awaited<ReturnType<typeof startApiServer>> | undefined;
  beforeAll(async () => {
    server = await startApiServer();
    bed.call = apiClient(server.url);
    bed.a = await createShop(db);
    bed.b = await createShop(db);
    bed.actKey = (await createTestKey(db, bed.a.owner, "act")).key;
    bed.readKey = (await createTestKey(db, bed.a.owner, "read", "CRM 只读")).key;
    bed.keyOfB = (await createTestKey(db, bed.b.owner, "act")).key;
  });
  afterAll(() => server?.close());
  return bed;
}
