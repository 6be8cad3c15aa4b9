// The after-sales vocabulary of SPEC §2–§3, shared by the database enums, the rules and the UI.
// Glossary: 仅退款 refund_only · 退货退款 return_refund · 换货 exchange · 补发 reissue.

export const ticketTypes = ["refund_only", "return_refund", "exchange", "reissue"] as const;
export type TicketType = (typeof ticketTypes)[number];

// SPEC §2 "Reasons and responsibility": buyer (买责), merchant (商责), logistics (物流问题).
export const reasonResponsibility = {
  seven_day_no_reason: "buyer", // 七天无理由
  no_longer_wanted: "buyer", // 不想要了
  wrong_order: "buyer", // 拍错/多拍
  wrong_address: "buyer", // 地址填错
  quality_issue: "merchant", // 质量问题
  wrong_item: "merchant", // 发错货
  missing_item: "merchant", // 少件/漏发
  damaged: "merchant", // 商品破损
  not_as_described: "merchant", // 与描述不符
  late_shipment: "merchant", // 未按约定时间发货
  transit_damage: "logistics", // 物流损坏
  lost_parcel: "logistics", // 丢件
  not_collected: "logistics", // 长时间未揽收 (>72 h)
  delayed: "logistics", // 延误
} as const;
export type Reason = keyof typeof reasonResponsibility;
export const reasons = Object.keys(reasonResponsibility) as Reason[];
export const responsibilities = ["buyer", "merchant", "logistics"] as const;
export type Responsibility = (typeof responsibilities)[number];

export const ticketStatuses = [
  "proxy_pending", // 代客发起待确认
  "pending_review", // 待商家处理
  "awaiting_evidence", // 待买家举证
  "awaiting_return", // 待买家退货
  "awaiting_receipt", // 待商家收货 (return in transit / signed)
  "refusal_refund", // 拒收后退款
  "intercepting", // 拦截中
  "awaiting_reissue", // 待补发
  "awaiting_exchange_ship", // 待换货发出
  "platform_intervention", // 平台介入中
  "refunded", // 退款成功 (terminal)
  "completed", // 已完成 (terminal, exchange/reissue)
  "closed", // 已关闭 (terminal)
  "rejected", // 已拒绝 (terminal; buyer may re-apply or escalate)
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const terminalStatuses: readonly TicketStatus[] = ["refunded", "completed", "closed", "rejected"];

// What the platform does when the running deadline passes (SPEC §3 table, last column).
export const deadlineActions = [
  "auto_approve_return", // 48 h review on 退货退款/换货 → 待买家退货
  "auto_refund", // 48 h review on 仅退款; 10 d receipt; 5 d refusal
  "auto_confirm_receipt", // 10 d receipt on 换货: the platform confirms, the reship clock starts
  "auto_close", // 10 d buyer ship
  "back_to_review", // interception failed; evidence not given
  "flag_late", // 24 h reissue; 48 h exchange reship
  "expire_proxy", // 24 h 代客 confirm
] as const;
export type DeadlineAction = (typeof deadlineActions)[number];

export const orderKinds = ["standard", "cross_border", "auction", "coupon_pack", "local_life", "e_voucher"] as const;
export type OrderKind = (typeof orderKinds)[number];

// Forward logistics (SPEC §2): 未发货 → 已发货未揽收 → 已揽收 → 运输中 → 派送中 → 已签收 | 拒收 | 退回
export const logisticsStatuses = [
  "not_shipped",
  "shipped_not_collected",
  "collected",
  "in_transit",
  "out_for_delivery",
  "signed",
  "refused",
  "returned",
] as const;
export type LogisticsStatus = (typeof logisticsStatuses)[number];

export const returnStatuses = ["none", "shipped", "in_transit", "signed"] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

export const carriers = ["中通", "圆通", "申通", "极兔", "韵达", "顺丰", "京东", "邮政", "德邦"] as const;
export type Carrier = (typeof carriers)[number];

// 注册记录 root-cause classes (SPEC §4 Records).
export const rootCauses = ["product", "size", "logistics", "description", "buyer"] as const;
export type RootCause = (typeof rootCauses)[number];

export const memberRoles = ["owner", "lead", "agent"] as const;
export type MemberRole = (typeof memberRoles)[number];

export const actorKinds = ["buyer", "agent", "strategy", "platform_timer", "logistics", "platform", "system"] as const;
export type ActorKind = (typeof actorKinds)[number];

/** Per-shop time limits (SPEC §3), in minutes; defaults are the platform's. */
export const defaultTimeLimits = {
  reviewMin: 48 * 60,
  buyerShipMin: 10 * 24 * 60,
  confirmReceiptMin: 10 * 24 * 60,
  refusalRefundMin: 5 * 24 * 60,
  interceptionMin: 72 * 60, // (assumption)
  reissueMin: 24 * 60,
  exchangeReshipMin: 48 * 60, // (assumption)
  proxyConfirmMin: 24 * 60,
  evidenceMin: 72 * 60, // (assumption)
  aboutToTimeoutMin: 6 * 60, // 即将超时 (assumption)
  awaitingWaybillMin: 48 * 60, // 待买家上传单号 (assumption)
} as const;
export type TimeLimits = { [K in keyof typeof defaultTimeLimits]: number };
