// GET /api/v1/tickets and GET /api/v1/tickets/{id}: the workbench's own list (every filter and quick filter of
// SPEC §5, keyset cursor) and detail (with the timeline), through the same services and schemas as tRPC.
import type { Db } from "../../db/client";
import { getTicketDetail } from "../tickets/detail";
import { listTickets } from "../tickets/list";
import { listTicketsInput } from "../tickets/schemas";
import type { ApiPrincipal } from "./authenticate";
import { parseTicketId } from "./http";
import { presentDetail } from "./present";
import { parseQuery } from "./query";

export async function apiListTickets(db: Db, p: ApiPrincipal, params: URLSearchParams) {
  const input = parseQuery(listTicketsInput, params);
  const { items, nextCursor } = await listTickets(db, p.shopId, p.now, input);
  return { items, nextCursor };
}

export async function apiTicketDetail(db: Db, p: ApiPrincipal, rawId: string) {
  const detail = await getTicketDetail(db, p, parseTicketId(rawId));
  return presentDetail(detail, p.scope);
}
