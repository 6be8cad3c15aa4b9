// The prose of the OpenAPI document (summaries and descriptions, zh-CN like the product). Shapes never live here:
// they come from the zod schemas in server/api/openapi.ts.
import type { z } from "zod";
import { apiMessages } from "../../messages/api";
import type { listTicketsInput } from "../tickets/schemas";
import type { pingEventType, WebhookEventType } from "../webhooks/events";
import type { TicketActionName } from "./act";

export const apiInfo = {
  title: "售后工作台 Open API",
  version: "1.0.0",
  description: [
    "给 ERP / CRM 对接售后数据和操作的接口。",
    "",
    "**认证**：在「设置 → 开放接口」由店主创建密钥，请求时带 `Authorization: Bearer <密钥>`。密钥只在创建时显示一次；一个密钥只能访问创建它的店铺。",
    "**权限**：只读（read）密钥只能查询；操作（act）密钥还能执行售后操作，按创建人的权限判断，时间线上记为「开放接口·<密钥名>」。",
    "**幂等**：POST 请求可带 `Idempotency-Key`（1–255 个可见 ASCII 字符，保留 24 小时）：同一 Key 同一请求返回第一次的结果（响应头 `Idempotent-Replayed: true`）；同一 Key 换了请求内容返回 422。",
    "**并发**：操作需带上查询时拿到的 `version`；售后单已被他人处理时返回 409 和处理人、时间。",
    "**限流**：每个密钥每分钟 120 次（令牌桶，可突发 120 次）；超出返回 429 和 `Retry-After`（秒）。每个响应带 `X-RateLimit-Limit` / `X-RateLimit-Remaining`。",
    "**错误**：一律为 JSON `{ error: { code, message, field?, reason?, params? } }`，状态码 400/401/403/404/405/409/422/429。",
    "**金额**：整数，单位为分。**时间**：ISO 8601（UTC）。",
    "**推送**：售后单变化时向「设置 → 开放接口」中添加的地址 POST 事件（见下方 webhooks），请求头带签名 `X-Shouhou-Signature`，用添加地址时显示的签名密钥校验。",
  ].join("\n"),
};

export const operationText = {
  listTickets: {
    summary: "查询售后单列表",
    description:
      "与工作台相同的筛选和快捷筛选（quick），按 sort 排序，游标分页：把上一页的 nextCursor 作为 cursor 传入。数组参数用逗号分隔，如 `statuses=pending_review,awaiting_receipt`。",
  },
  initiateForBuyer: {
    summary: "代客发起售后",
    description: "为本店订单代买家发起售后（自建、跨境、拍卖订单），买家 24 小时内确认。成功返回 201 和新售后单。",
  },
  getTicket: {
    summary: "查询售后单详情",
    description:
      "售后单、订单与商品、正向和退货物流轨迹、完整时间线、退款和评价，以及此密钥现在可以执行的操作及不可执行的原因。",
  },
  getMetrics: {
    summary: "查询售后数据指标",
    description: "SPEC §6 的售后指标，按日期范围（上海时间的自然日，含首尾两天）。",
  },
  openapi: { summary: "本文档（OpenAPI 3.1）", description: "由接口的 zod 校验规则自动生成。无需认证。" },
} as const;

/** What each list filter means (the names and types come from listTicketsInput). */
export const listParamText: Partial<Record<keyof z.input<typeof listTicketsInput>, string>> = {
  quick: "快捷筛选，与工作台顶部的快捷筛选相同",
  types: "售后类型，逗号分隔",
  statuses: "售后状态，逗号分隔",
  reasons: "售后原因，逗号分隔",
  responsibilities: "责任方：buyer 买家原因、merchant 商家原因、logistics 物流问题",
  amountMinFen: "申请金额下限（分，含）",
  amountMaxFen: "申请金额上限（分，含）",
  appliedFrom: "申请时间起（含），ISO 8601，2000-01-01 至 2100-01-01 之间",
  appliedTo: "申请时间止（不含），ISO 8601，2000-01-01 至 2100-01-01 之间",
  carrier: "快递公司（正向或退货）",
  productId: "商品 id 或 SKU id",
  assigneeId: "处理人（成员 id）",
  unassigned: "true：只看未分配的",
  tag: "标签",
  search: "订单号、售后单号、平台售后单号、运单号或买家昵称",
  sort: "risk 按超时风险（默认）、newest 最新申请、amount 金额从高到低",
  cursor: "上一页返回的 nextCursor",
  limit: "每页条数，1–200，默认 50",
};

export const metricsParamText: Record<string, string> = {
  preset: "today 今天、7d / 30d / 90d 最近几天（含今天，默认 7d）、custom 自定义",
  from: "preset=custom 时的开始日期 YYYY-MM-DD（上海时间，含）",
  to: "preset=custom 时的结束日期 YYYY-MM-DD（含，不晚于今天）",
};

export const actionText: Record<TicketActionName, { summary: string; description: string }> = {
  approve: {
    summary: "同意",
    description: "仅退款：立即退款；退货退款/换货：等待买家退货；补发：开始 24 小时补发时限。",
  },
  reject: { summary: "拒绝", description: "必须填写拒绝原因；发货后的仅退款需上传拦截或召回失败的凭证。" },
  refund: {
    summary: "退款",
    description: "拒收后退款、拦截中、收货前、平台介入中等状态下直接退款。每张售后单只会退款一次。",
  },
  request_evidence: { summary: "请买家举证", description: "买家 72 小时内补充凭证，之后回到待商家处理。" },
  confirm_receipt: { summary: "确认收货", description: "退货退款：确认收货并退款；换货：确认收货后开始换货发出时限。" },
  upload_return_waybill: { summary: "帮买家上传退货单号", description: "待买家退货时由商家代填退货物流公司和运单号。" },
  request_interception: {
    summary: "物流拦截",
    description: "发货后仅退款且满足 8 项拦截条件时可用；不满足时说明哪一项不满足。",
  },
  agree_refusal_refund: { summary: "同意拒收后退款", description: "已揽收、正常运输中的仅退款：同意买家拒收后退款。" },
  provide_reissue_waybill: { summary: "填写补发单号", description: "补发售后：填写补发的物流公司和运单号。" },
  ship_exchange: { summary: "换货发出", description: "换货售后：填写换货发出的物流公司和运单号。" },
  cancel_proxy: { summary: "取消代客发起", description: "买家确认前取消代客发起的售后（买家会看到商家已取消）。" },
  assign: { summary: "指派处理人", description: "assigneeId 为本店成员 id；null 表示取消指派。" },
  tag: { summary: "打标签", description: "add 添加、remove 移除标签。" },
  note: { summary: "添加备注", description: "只记入时间线，不改变售后单及其 version；version 过期时返回 409。" },
  message: {
    summary: "给买家发消息",
    description: "经平台发给买家（最多 300 字），记入时间线；像备注一样不改变售后单及其 version，已完结的售后单也可发送。",
  },
  classify: {
    summary: "归类问题原因",
    description: "注册记录：product / size / logistics / description / buyer，null 为清除。",
  },
};

const hooks = apiMessages["zh-CN"].hooks;
/** Each outbound event, in the settings page's own words (messages/api.ts). */
export const webhookText: Record<WebhookEventType | typeof pingEventType, { summary: string; description: string }> = {
  "ticket.created": { summary: hooks.eventNames["ticket.created"], description: hooks.eventHelp["ticket.created"] },
  "ticket.status_changed": {
    summary: hooks.eventNames["ticket.status_changed"],
    description: hooks.eventHelp["ticket.status_changed"],
  },
  "ticket.refunded": { summary: hooks.eventNames["ticket.refunded"], description: hooks.eventHelp["ticket.refunded"] },
  "ticket.updated": { summary: hooks.eventNames["ticket.updated"], description: hooks.eventHelp["ticket.updated"] },
  ping: {
    summary: hooks.eventNames.ping,
    description: "在「设置 → 开放接口」点「发送测试」时发送，不对应任何售后单。",
  },
};

export const webhookHeaderText = {
  event: "事件类型，与请求体的 type 相同",
  delivery: "推送记录 id；同一事件的每次重试相同",
  timestamp: "发送时间（Unix 秒）",
  signature:
    "十六进制 HMAC-SHA256，密钥为添加推送地址时显示的签名密钥，内容为 `<timestamp>.<请求体原文>`。请用原始请求体校验，并拒绝与当前时间相差超过 5 分钟的 timestamp。",
} as const;

/** What the receiver answers, and what happens otherwise (numbers from server/webhooks/deliver.ts). */
export const webhookResponseText = (attempts: number, firstRetrySeconds: number, timeoutSeconds: number) =>
  `返回任意 2xx 即视为送达。其他状态码、无法连接或 ${timeoutSeconds} 秒内无响应视为失败，从 ${firstRetrySeconds} 秒起间隔翻倍重试，最多共 ${attempts} 次；不跟随重定向。`;

export const errorText: Record<number, string> = {
  400: "输入不正确（field 指出哪个参数或字段）",
  401: "缺少密钥、密钥无效或已吊销",
  403: "密钥权限不足（只读密钥不能操作），或创建人没有该操作的权限",
  404: "售后单或订单不存在（其他店铺的数据同样返回 404）",
  409: "售后单已被他人处理（version 过期，TICKET_VERSION_CONFLICT），message 说明是谁在何时处理的；或同一 Idempotency-Key 的上一个请求仍在处理中（IDEMPOTENCY_IN_PROGRESS），稍后重试即可",
  422: "规则不允许此操作（reason 为规则代码），或 Idempotency-Key 已用于另一个请求",
  429: "请求过于频繁，按 Retry-After 秒数后重试",
};
