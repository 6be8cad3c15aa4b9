// 设置 → 平台连接 strings in English (same shape as platform-connection.ts).
import type { PlatformConnectionMessages } from "./platform-connection";

export const platformConnectionEn: PlatformConnectionMessages = {
  title: "Platform connection",
  hubHint: "The address platform events arrive at, the signing secret and recent events",
  subtitle:
    "The platform connects to this shop by pushing events (orders, applications, logistics, ratings, rulings); the shop's actions go back the same way.",
  readOnly:
    "You can view the connection and recent events. Revealing or rotating the signing secret and retrying events need the owner or the settings permission.",
  loadError: "Could not load the platform connection",
  retry: "Retry",
  refresh: "Refresh",
  copy: "Copy",
  copied: "Copied",
  cancel: "Cancel",
  connection: {
    title: "Connection",
    mode: "Mode",
    modes: { sandbox: "Sandbox platform", platform: "Platform" },
    modeHelp: {
      sandbox:
        "The built-in sandbox platform plays buyers, carriers and the platform by the platform's rules; no outside account needed.",
      platform: "This shop is connected to the real platform: it pushes events to the address below.",
    },
    webhook: "Event address",
    webhookHelp: "Register this address as the event push URL in the platform's developer console (POST, JSON).",
    shopId: "Shop ID",
    shopIdHelp: "Every event's shopId field must be this value.",
    signing: "Signature",
    signingHelp:
      "Every request carries {timestampHeader} (unix seconds) and {signatureHeader}: the hex HMAC-SHA256 of “timestamp.body” with the signing secret. Requests more than {skew} minutes from our clock are refused; an event id pushed again is applied once.",
  },
  secret: {
    title: "Signing secret",
    explain:
      "The platform signs every push with it; the shop checks with it that a push really comes from the platform. Keep it like a password.",
    hidden: "•••••••••••••••• (hidden)",
    fingerprint: "Fingerprint {fingerprint}",
    fingerprintHelp:
      "The first 8 hex digits of the secret's SHA-256: compare with the platform's console without revealing the secret",
    reveal: "Reveal",
    revealing: "Fetching…",
    hide: "Hide",
    rotate: "Rotate secret",
    rotateTitle: "Rotate the signing secret?",
    rotateBody: {
      platform:
        "Takes effect at once: from now on every push signed with the old secret is refused (401) until the platform's console uses the new one. Enter the new secret there right after rotating.",
      sandbox:
        "Takes effect at once: from now on every push signed with the old secret is refused (401). The sandbox platform switches to the new secret by itself.",
    },
    rotateConfirm: "Rotate",
    rotating: "Rotating…",
    rotated: "Signing secret rotated. Copy the new secret now and enter it in the platform's console.",
    ownerOnly: "Only the owner or a member with the settings permission can reveal and rotate the signing secret.",
  },
  events: {
    title: "Recent events",
    explain:
      "Events the platform pushed to this shop, newest first. A failed event can be retried once its cause is fixed; it takes effect once.",
    filters: { all: "All", failed: "Failed" },
    filterLabel: "Filter events",
    columns: { receivedAt: "Received", type: "Type", subject: "Subject", status: "Status" },
    statuses: { pending: "Pending", processed: "Processed", failed: "Failed" },
    types: {
      "order.created": "New order",
      "order.shipped": "Order shipped",
      "logistics.scan": "Logistics scan",
      "ticket.applied": "After-sales application",
      "ticket.cancelled": "Application cancelled",
      "return.shipped": "Return shipped",
      "return.scan": "Return scan",
      "proxy.confirmed": "Buyer confirmed agent request",
      "proxy.rejected": "Buyer declined agent request",
      "evidence.submitted": "Evidence submitted",
      "ticket.escalated": "Platform intervention requested",
      "platform.ruling": "Platform ruling",
      "interception.result": "Interception result",
      "rating.created": "Buyer rating",
      "conversation.created": "Service conversation",
    },
    subject: "Order / ticket",
    error: "Error",
    empty: { all: "No platform events received yet.", failed: "No failed events." },
    more: "Load more",
    loadingMore: "Loading…",
    retry: "Retry",
    retrying: "Retrying…",
    retryLabel: "Retry event {id}",
    results: {
      applied: "Event {id} applied",
      already_applied: "Event {id} was already applied (perhaps another admin just retried it); it takes effect once",
      failed: "Event {id} failed again: {error}",
    },
  },
  errors: {
    NO_SETTINGS_PERMISSION:
      "Only the owner or a member with the settings permission can reveal or rotate the signing secret and retry events",
    SECRET_STALE:
      "Changed by someone else: another admin rotated the signing secret after you opened this page; nothing was rotated. Refresh to see the current secret.",
    EVENT_NOT_FOUND: "No such event in this shop",
    EVENT_PENDING: "This event is still queued and will be applied by itself; no retry needed",
  },
};
