// Input schemas of the ticket action verbs (SPEC §4), shared by the tRPC router, the REST API and forms.
// Every verb on an existing ticket takes { ticketId, version }: the version the agent was shown, so a stale
// screen gets TICKET_VERSION_CONFLICT instead of overwriting a colleague's work (SPEC §8).
import { z } from "zod";
import { text } from "../../text";
import { type Reason, reasons, rootCauses, ticketTypes } from "../domain";
import { rejectReasonMaxLength } from "../rules";
import { messageMaxLength } from "../vocabulary";

export const tagMaxCount = 10;
export const tagMaxLength = 16;
export const noteMaxLength = 500;
export const batchMaxTickets = 500;
export const evidenceMaxCount = 9;

const ticketId = z.number({ error: "缺少售后单号" }).int().positive();
const version = z.number({ error: "缺少售后单版本" }).int().positive();
const ticketRef = { ticketId, version };
// An evidence entry is an image uploaded here (/api/uploads/<id>) or an http(s) link to one.
export const uploadPathPattern = /^\/api\/uploads\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const evidenceEntry = text()
  .trim()
  .max(1000, { error: "凭证链接过长" })
  .refine((s) => s === "" || uploadPathPattern.test(s) || /^https?:\/\/[^\s]+$/i.test(s), {
    error: "凭证须为上传的图片或 http(s) 链接",
  });
const evidence = z
  .array(evidenceEntry, { error: "凭证格式不正确" })
  .max(evidenceMaxCount, { error: `凭证最多 ${evidenceMaxCount} 张` });
// Free text the rules check themselves (blank, length, format) so their message is the one the agent sees.
const freeText = (max: number) => text().max(max, { error: `不能超过 ${max} 个字` });
const shipping = { carrier: freeText(32).default(""), waybill: freeText(64).default("") };
const tagText = text()
  .trim()
  .min(1, { error: "标签不能为空" })
  .max(tagMaxLength, { error: `标签不能超过 ${tagMaxLength} 个字` });

export const approveInput = z.object(ticketRef);
// Rejection reason: the rules refuse a blank or over-long one (REJECT_REASON_REQUIRED / _TOO_LONG).
export const rejectInput = z.object({
  ...ticketRef,
  rejectReason: freeText(rejectReasonMaxLength * 2).default(""),
  evidence: evidence.default([]),
});
export const refundInput = z.object(ticketRef);
export const requestEvidenceInput = z.object({ ...ticketRef, message: text().trim().max(200).optional() });
export const confirmReceiptInput = z.object(ticketRef);
export const uploadReturnWaybillInput = z.object({ ...ticketRef, ...shipping });
export const requestInterceptionInput = z.object(ticketRef);
export const agreeRefusalRefundInput = z.object(ticketRef);
export const provideReissueWaybillInput = z.object({ ...ticketRef, ...shipping });
export const shipExchangeInput = z.object({ ...ticketRef, ...shipping });
export const cancelProxyInput = z.object(ticketRef);
export const assignInput = z.object({ ...ticketRef, assigneeId: text().trim().min(1).max(64).nullable() });
export const tagInput = z.object({
  ...ticketRef,
  add: z.array(tagText).max(tagMaxCount).default([]),
  remove: z.array(text().trim().max(64)).max(50).default([]),
});
// A note takes the version like every verb: written on a stale screen it conflicts (see note.ts).
export const noteInput = z.object({
  ...ticketRef,
  text: text()
    .trim()
    .min(1, { error: "备注不能为空" })
    .max(noteMaxLength, { error: `备注不能超过 ${noteMaxLength} 个字` }),
});
export const classifyInput = z.object({ ...ticketRef, rootCause: z.enum(rootCauses).nullable() });
const messageText = text()
  .trim()
  .min(1, { error: "消息不能为空" })
  .max(messageMaxLength, { error: `消息不能超过 ${messageMaxLength} 个字` });
// 给买家发消息: like a note it takes the version (a message written on a stale screen may no longer fit).
export const messageInput = z.object({ ...ticketRef, text: messageText });

/** 代客发起售后: creates a ticket, so no ticketId/version. */
export const initiateForBuyerInput = z.object({
  orderId: text().trim().min(1, { error: "请选择订单" }).max(128),
  type: z.enum(ticketTypes),
  reason: z.enum(reasons as [Reason, ...Reason[]]),
  amountFen: z.number({ error: "请填写退款金额" }).int({ error: "金额必须是整数（分）" }),
  statement: text().trim().max(500).default(""),
  evidence: evidence.default([]),
});

export const batchActions = ["approve", "reject", "confirm_receipt", "assign", "tag", "message"] as const;
export type BatchActionName = (typeof batchActions)[number];
export const batchInput = z
  .object({
    action: z.enum(batchActions),
    ticketIds: z
      .array(z.object({ id: ticketId, version }))
      .min(1, { error: "请至少选择一个售后单" })
      .max(batchMaxTickets, { error: `一次最多处理 ${batchMaxTickets} 个售后单` }),
    rejectReason: freeText(rejectReasonMaxLength * 2).optional(),
    evidence: evidence.optional(),
    assigneeId: text().trim().min(1).max(64).nullable().optional(),
    add: z.array(tagText).max(tagMaxCount).optional(),
    remove: z.array(text().trim().max(64)).max(50).optional(),
    text: messageText.optional(),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.ticketIds.map((t) => t.id)).size !== v.ticketIds.length) {
      ctx.addIssue({ code: "custom", path: ["ticketIds"], message: "同一售后单不能重复选择" });
    }
    if (v.action === "reject" && v.rejectReason === undefined) {
      ctx.addIssue({ code: "custom", path: ["rejectReason"], message: "批量拒绝请填写拒绝原因" });
    }
    if (v.action === "assign" && v.assigneeId === undefined) {
      ctx.addIssue({ code: "custom", path: ["assigneeId"], message: "请选择处理人" });
    }
    if (v.action === "message" && v.text === undefined) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "请填写要发给买家的消息" });
    }
    if (v.action === "tag" && !v.add?.length && !v.remove?.length) {
      ctx.addIssue({ code: "custom", path: ["add"], message: "请填写要添加或移除的标签" });
    }
  });

export type ApproveInput = z.input<typeof approveInput>;
export type RejectInput = z.input<typeof rejectInput>;
export type RefundInput = z.input<typeof refundInput>;
export type RequestEvidenceInput = z.input<typeof requestEvidenceInput>;
export type ConfirmReceiptInput = z.input<typeof confirmReceiptInput>;
export type UploadReturnWaybillInput = z.input<typeof uploadReturnWaybillInput>;
export type RequestInterceptionInput = z.input<typeof requestInterceptionInput>;
export type AgreeRefusalRefundInput = z.input<typeof agreeRefusalRefundInput>;
export type ProvideReissueWaybillInput = z.input<typeof provideReissueWaybillInput>;
export type ShipExchangeInput = z.input<typeof shipExchangeInput>;
export type CancelProxyInput = z.input<typeof cancelProxyInput>;
export type AssignInput = z.input<typeof assignInput>;
export type TagInput = z.input<typeof tagInput>;
export type NoteInput = z.input<typeof noteInput>;
export type MessageInput = z.input<typeof messageInput>;
export type ClassifyInput = z.input<typeof classifyInput>;
export type InitiateForBuyerInput = z.input<typeof initiateForBuyerInput>;
export type BatchInput = z.input<typeof batchInput>;
