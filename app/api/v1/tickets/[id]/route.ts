// GET: one ticket with its order, logistics, timeline and the actions this key may take now.
import { apiTicketDetail } from "@/server/api/read-tickets";
import { apiRoute, methodNotAllowed, ok } from "@/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("read", async ({ db, principal, params }) =>
  ok(await apiTicketDetail(db, principal, params.id)),
);

export const { DELETE, OPTIONS, PATCH, POST, PUT } = methodNotAllowed("GET");
