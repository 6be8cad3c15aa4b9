// Inputs of 设置 → 平台连接, shared by the router and the verbs. The shop never comes in: it is the session's.
import { z } from "zod";
import { text } from "../text";

/** The fingerprint of the secret the page showed: rotation is a compare-and-set on it (已被他人修改 otherwise). */
export const rotateSecretInput = z.object({
  fingerprint: text().regex(/^[0-9a-f]{8}$/, "指纹应为 8 位十六进制"),
});
export type RotateSecretInput = z.input<typeof rotateSecretInput>;

export const eventFilters = ["all", "failed"] as const;
export type EventFilter = (typeof eventFilters)[number];

/** Newest first; `cursor` is the seq of the last event shown (keyset: the next page is everything older). */
export const listPlatformEventsInput = z.object({
  filter: z.enum(eventFilters).default("all"),
  cursor: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(100).default(30),
});
export type ListPlatformEventsInput = z.input<typeof listPlatformEventsInput>;

export const retryEventInput = z.object({ seq: z.number().int().positive() });
export type RetryEventInput = z.input<typeof retryEventInput>;
