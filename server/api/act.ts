// POST /api/v1/tickets/{id}/actions/{action} and POST /api/v1/tickets (代客发起售后): every engine verb by name,
// through runAction, so the rules, permissions, version check and exactly-once refund are the engine's own.
import type { Db } from "../../db/client";
import { DomainError } from "../errors";
import { type ActionName, actionNames, runAction } from "../tickets/actions/run";
import { type ApiPrincipal, requireScope } from "./authenticate";
import { parseJsonObject, parseTicketId } from "./http";
import { type IdempotentReply, idempotent, requestHash } from "./idempotency";
import { presentResult } from "./present";

/** Verbs on an existing ticket; 代客发起 creates one and has its own route. */
export type TicketActionName = Exclude<ActionName, "initiate_for_buyer">;
export const ticketActionNames = actionNames.filter((n): n is TicketActionName => n !== "initiate_for_buyer");
const isTicketActionName = (s: string): s is TicketActionName => (ticketActionNames as string[]).includes(s);

type PostArgs = { path: string; rawBody: string; idempotencyKey: string | null };

export async function apiAct(
  db: Db,
  p: ApiPrincipal,
  args: PostArgs & { ticketId: string; action: string },
): Promise<IdempotentReply> {
  requireScope(p, "act");
  const ticketId = parseTicketId(args.ticketId);
  if (!isTicketActionName(args.action)) {
    throw new DomainError("NOT_FOUND", `未知的操作：${args.action}`, { field: "action" });
  }
  const action = args.action;
  const body = parseJsonObject(args.rawBody);
  const hash = requestHash("POST", args.path, body);
  return idempotent(db, { apiKeyId: p.keyId, key: args.idempotencyKey, hash }, async (tx) => {
    // The ticket is the one in the path, whatever the body says.
    const result = await runAction(tx, p, action, { ...body, ticketId });
    return { status: 200, body: presentResult(result) };
  });
}

export async function apiInitiateForBuyer(db: Db, p: ApiPrincipal, args: PostArgs): Promise<IdempotentReply> {
  requireScope(p, "act");
  const body = parseJsonObject(args.rawBody);
  const hash = requestHash("POST", args.path, body);
  return idempotent(db, { apiKeyId: p.keyId, key: args.idempotencyKey, hash }, async (tx) => {
    const result = await runAction(tx, p, "initiate_for_buyer", body);
    return { status: 201, body: presentResult(result) };
  });
}
