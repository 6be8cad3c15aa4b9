// The frame of every /api/v1 route handler: authenticate the key (rate limit included), check its scope, run the
// handler, answer JSON with the rate-limit headers; any error goes through the one mapping in ./http.
import { type Db, getDb } from "../../db/client";
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
