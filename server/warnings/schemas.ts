import { z } from "zod";
import { metricIds } from "../metrics/definitions";

export const acknowledgeInput = z.object({ warningId: z.number().int().positive() });
export type AcknowledgeInput = z.input<typeof acknowledgeInput>;

/**
 * Changes to the shop's thresholds: a number in the metric's unit or null (off) for the metrics listed, `reset`
 * ones back to their default; metrics not mentioned keep their setting (two leads editing different metrics
 * never undo each other).
 */
export const thresholdsInput = z.object({
  thresholds: z.partialRecord(z.enum(metricIds), z.number().finite().nullable()).default({}),
  reset: z.array(z.enum(metricIds)).max(metricIds.length).default([]),
});
export type ThresholdsInput = z.input<typeof thresholdsInput>;
