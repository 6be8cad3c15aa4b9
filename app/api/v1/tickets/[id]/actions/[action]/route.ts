// POST: one engine action on a ticket (approve, reject, refund, …), idempotent with an Idempotency-Key.
import { apiAct } from "@/server/api/act";
import { apiRoute, methodNotAllowed } from "@/server/api/route";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string; action: string }>(
  "act",
  async ({ db, principal, params, url, req, idempotencyKey }) =>
    apiAct(db, principal, {
      ticketId: params.id,
      action: params.action,
      path: url.pathname,
      rawBody: await req.text(),
      idempotencyKey,
    }),
);

export const { DELETE, GET, HEAD, OPTIONS, PATCH, PUT } = methodNotAllowed("POST");
