// The workbench's list vocabulary without zod: the quick filters and sort orders that client components (the
// quick-filter bar, the toolbar, the URL codec) need as plain lists. schemas.ts builds its zod schemas on these,
// so the browser never pays for zod just to know the names.
export const quickFilterIds = [
  "returnSignedPending", // 退货物流已签收待处理
  "pendingReview", // 待商家处理
  "aboutToTimeout", // 即将超时
  "overdue", // 已超时
  "awaitingReturn", // 待买家退货
  "awaitingWaybill", // 待买家上传单号
  "postShipRefundOnly", // 发货后仅退款
  "refusalRefund", // 拒收后退款中
  "platformIntervention", // 平台介入中
  "proxyPending", // 代客发起待确认
  "reshipPending", // 待补发/待换货
] as const;
export type QuickFilterId = (typeof quickFilterIds)[number];

export const ticketSorts = ["risk", "newest", "amount"] as const;

/** 给买家发消息: the most a message to a buyer may say (the platform's IM card). */
export const messageMaxLength = 300;
export type TicketSort = (typeof ticketSorts)[number];

/** requested_fen is a PostgreSQL integer: an amount bound above it could not be compared (a database error). */
export const maxAmountFen = 2_147_483_647;
// Application dates of this century: a year like 99999 is a typo, and PostgreSQL cannot take it as a timestamp.
export const appliedDateMin = new Date("2000-01-01T00:00:00+08:00"); // Asia/Shanghai, like the day filters
export const appliedDateMax = new Date("2100-01-01T00:00:00Z");
