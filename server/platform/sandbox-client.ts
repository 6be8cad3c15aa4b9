// How the sandbox platform (simulator, seed, tests) delivers an event: signed and POSTed over real HTTP to
// /api/platform/events, exactly as a real platform would. ingestEvent is the same entry without HTTP.
import type { PlatformEventInput } from "./events";
import { signedHeaders } from "./signature";

export { ingestEvent } from "./ingest";
export type { HeaderSource, IngestResult } from "./ingest";

export type ConnectorShop = { id: string; connectorSecret: string };
export type SendResult = { status: number; body: unknown };

/** Signs `event` with the shop's connector secret and POSTs it; answers the webhook's status and JSON body. */
export async function sendEvent(baseUrl: string, shop: ConnectorShop, event: PlatformEventInput): Promise<SendResult> {
  const rawBody = JSON.stringify(event);
  const res = await fetch(new URL("/api/platform/events", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json", ...signedHeaders(shop.connectorSecret, rawBody) },
    body: rawBody,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (e.g. a proxy's error page): keep the text
  }
  return { status: res.status, body };
}
