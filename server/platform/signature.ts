// Webhook signatures (SPEC §7): hex HMAC-SHA256 of `${timestamp}.${rawBody}` with the shop's connector secret,
// sent as x-platform-signature next to x-platform-timestamp (unix seconds).
import { createHmac, timingSafeEqual } from "node:crypto";

export const timestampHeader = "x-platform-timestamp";
export const signatureHeader = "x-platform-signature";
/** A request signed more than this far from our clock is refused (replay window). */
export const maxClockSkewSeconds = 5 * 60;

export function sign(secret: string, timestamp: number | string, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
}

/** True when `signature` is this body's signature; compared in constant time. */
export function verify(secret: string, timestamp: number | string, rawBody: string, signature: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(sign(secret, timestamp, rawBody), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

/** The two headers a sender attaches; the timestamp is wall-clock time, never the sandbox's moved clock. */
export function signedHeaders(secret: string, rawBody: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { [timestampHeader]: String(timestamp), [signatureHeader]: sign(secret, timestamp, rawBody) };
}
