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
export type TicketSort = (typeof ticketSorts)[number];
