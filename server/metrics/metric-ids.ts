// The metrics of SPEC §6, by id (their definitions: definitions.ts).
export const metricIds = [
  "handlingTime",
  "refundOnlyTime",
  "returnRefundTime",
  "selfCompletionTime",
  "satisfaction",
  "disputeRate",
  "merchantDisputeRate",
  "refundRate",
  "returnRate",
  "automationRate",
  "timeoutRate",
  "replyIn3mRate",
  "avgReplyTime",
  "agentGoodRate",
  "shipOnTimeRate",
  "collectOnTimeRate",
  "signTime",
  "experienceScore",
] as const;
export type MetricId = (typeof metricIds)[number];
