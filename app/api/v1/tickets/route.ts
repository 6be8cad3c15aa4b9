// GET: the ticket list with every workbench filter and a keyset cursor. POST: 代客发起售后 for an order.
import { apiInitiateForBuyer } from "@/server/api/act";
import { apiListTickets } from "@/server/api/read-tickets";
import { apiRoute, methodNotAllowed, ok } from "@/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("read", async ({ db, principal, url }) =>
  ok(await apiListTickets(db, principal, url.searchParams)),
);

export const POST = apiRoute("act", async ({ db, principal, url, req, idempotencyKey }) =>
  apiInitiateForBuyer(db, principal, { path: url.pathname, rawBody: await req.text(), idempotencyKey }),
);

export const { DELETE, OPTIONS, PATCH, PUT } = methodNotAllowed("GET", "POST");
