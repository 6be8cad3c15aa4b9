// The frame of every /api/v1 route handler: authenticate the key (rate limit included), check its scope, run the
// handler, answer JSON with the rate-limit headers; any error goes through the one mapping in ./http.
import { type Db, getDb } from "../../db/client";
import { DomainError } from "../errors";
import { type ApiPrincipal, authenticate, requireScope } from "./authenticate";
import { type ApiReply, errorResponse, replyResponse } from "./http";
import { readIdempotencyKey } from "./idempotency";
import type { ApiScope } from "./keys";

export type ApiRequest<P> = {
  req: Request;
  url: URL;
  db: Db;
  principal: ApiPrincipal;
  params: P;
  /** Idempotency-Key header, validated (POST only). */
  idempotencyKey: string | null;
};
type Handler<P> = (r: ApiRequest<P>) => Promise<ApiReply & { replayed?: boolean }>;
type RouteContext<P> = { params: Promise<P> };

export function apiRoute<P extends Record<string, string> = Record<string, never>>(
  scope: ApiScope,
  handler: Handler<P>,
) {
  return async (req: Request, ctx?: RouteContext<P>): Promise<Response> => {
    let headers: Record<string, string> = {};
    try {
      const db = getDb();
      const principal = await authenticate(db, req.headers);
      headers = {
        "x-ratelimit-limit": String(principal.rate.limit),
        "x-ratelimit-remaining": String(principal.rate.remaining),
      };
      requireScope(principal, scope);
      const idempotencyKey = req.method === "POST" ? readIdempotencyKey(req.headers) : null;
      const params = ((await ctx?.params) ?? {}) as P;
      const reply = await handler({ req, url: new URL(req.url), db, principal, params, idempotencyKey });
      if (reply.replayed) headers["idempotent-replayed"] = "true";
      return replyResponse(reply, headers);
    } catch (e) {
      return errorResponse(e, headers);
    }
  };
}

export const ok = (body: unknown): ApiReply => ({ status: 200, body });

const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type HttpMethod = (typeof httpMethods)[number];
type RouteHandler = (req: Request) => Promise<Response>;

/**
 * Handlers for the methods a route does not serve: a JSON 405 naming the allowed ones (RFC 9110 `Allow`), in the
 * Open API's error shape, instead of Next.js's empty default; and OPTIONS answering the same `Allow` (Next.js's own
 * would list these 405 handlers too). Destructure the result into the route module's exports.
 */
export function methodNotAllowed<const A extends readonly Exclude<HttpMethod, "HEAD" | "OPTIONS">[]>(...served: A) {
  // HEAD is answered by Next.js from GET.
  const allowed = new Set<HttpMethod>([...served, ...(served.includes("GET" as A[number]) ? ["HEAD" as const] : [])]);
  const allow = [...allowed, "OPTIONS"].join(", ");
  const refuse: RouteHandler = async (req) =>
    errorResponse(
      new DomainError("METHOD_NOT_ALLOWED", `${new URL(req.url).pathname} 不支持 ${req.method}，可用：${allow}`, {
        field: "method",
        params: { allow },
      }),
      { allow },
    );
  const options: RouteHandler = async () => new Response(null, { status: 204, headers: { allow } });
  const handlers: Record<string, RouteHandler> = {};
  for (const m of httpMethods) if (!allowed.has(m)) handlers[m] = m === "OPTIONS" ? options : refuse;
  type Unserved = Exclude<HttpMethod, A[number] | ("GET" extends A[number] ? "HEAD" : never)>;
  return handlers as Record<Unserved, RouteHandler>;
}
