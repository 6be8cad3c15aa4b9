// The webhook's server-side entry (SPEC §7): check the body names a known shop, verify signature and timestamp,
// validate the event, then store it raw in platform_events — idempotent by event id within the shop. Processing
// happens later, in order per subject (process.ts). Nothing here changes a ticket.
import type { ZodError } from "zod";
import type { DbOrTx } from "../../db/client";
import { DomainError } from "../errors";
import { envelopeSchema, platformEventSchema, platformEventTypes, subjectKeyOf } from "./events";
import { shopSecret } from "./shop-secrets";
import { maxClockSkewSeconds, signatureHeader, timestampHeader, verify } from "./signature";
import { storeEvent } from "./store-batch";

export type HeaderSource = Headers | Record<string, string | undefined>;
export type IngestResult =
  | { status: 202; body: { id: string; status: "accepted" }; shopId: string }
  | { status: 200; body: { id: string; status: "duplicate" }; shopId: string };

const maxBodyBytes = 256 * 1024;

const invalid = (field: string, message: string) => new DomainError("INVALID_INPUT", message, { field });
const unauthorized = (field: string, message: string) => new DomainError("UNAUTHORIZED", message, { field });

function header(h: HeaderSource, name: string): string | null {
  if (h instanceof Headers) return h.get(name);
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key ? (h[key] ?? null) : null;
}

function firstIssue(error: ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || "body";
  return invalid(field, `${field}: ${issue?.message ?? "invalid"}`);
}

/**
 * Verifies and stores one webhook delivery. `expectedShopId` pins the shop when the caller already knows it
 * (in-process senders); null takes it from the body. `now` is wall-clock time for the replay window.
 * Throws DomainError: INVALID_INPUT (400, with the field) or UNAUTHORIZED (401).
 */
export async function ingestEvent(
  db: DbOrTx,
  expectedShopId: string | null,
  rawBody: string,
  headers: HeaderSource,
  now: Date = new Date(),
): Promise<IngestResult> {
  if (Buffer.byteLength(rawBody, "utf8") > maxBodyBytes) throw invalid("body", "body: larger than 256 KiB");
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw invalid("body", "body: not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw invalid("body", "body: must be a JSON object");

  // The shop first: its connector secret is what the signature is checked against.
  const shopId = (body as { shopId?: unknown }).shopId;
  if (typeof shopId !== "string" || shopId.length === 0) throw invalid("shopId", "shopId: required");
  if (expectedShopId !== null && shopId !== expectedShopId) throw invalid("shopId", "shopId: does not match this shop");
  const secret = await shopSecret(db, shopId);
  if (secret === null) throw invalid("shopId", "shopId: unknown shop");

  const timestamp = header(headers, timestampHeader);
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) {
    throw unauthorized(timestampHeader, `${timestampHeader}: missing or not unix seconds`);
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > maxClockSkewSeconds) {
    throw unauthorized(timestampHeader, `${timestampHeader}: more than 5 minutes from server time`);
  }
  const signature = header(headers, signatureHeader);
  if (!signature || !verify(secret, timestamp, rawBody, signature)) {
    throw unauthorized(signatureHeader, `${signatureHeader}: missing or does not match`);
  }

  // One parse on the happy path; only a refused event pays for the envelope check that names the right field.
  const parsed = platformEventSchema.safeParse(body);
  if (!parsed.success) {
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) throw firstIssue(envelope.error);
    if (!platformEventTypes.includes(envelope.data.type)) {
      throw invalid("type", `type: unknown event type "${envelope.data.type}"`);
    }
    throw firstIssue(parsed.error);
  }
  const event = parsed.data;

  // Stored as received: the body is the event exactly as the platform signed it.
  const isNew = await storeEvent(db, {
    id: event.id,
    shopId,
    type: event.type,
    subjectKey: subjectKeyOf(event),
    occurredAt: event.occurredAt,
    rawBody,
    receivedAt: now,
  });
  if (!isNew) return { status: 200, body: { id: event.id, status: "duplicate" }, shopId };
  return { status: 202, body: { id: event.id, status: "accepted" }, shopId };
}
