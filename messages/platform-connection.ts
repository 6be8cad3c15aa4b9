// 设置 → 平台连接 strings (zh-CN default; en in platform-connection-en.ts, same shape). `{x}` placeholders are filled
// with fmt(). `errors` holds the text of every refusal code (server/platform/connection-errors.ts): the server speaks
// zh-CN, the page shows the reader's language by the code.
import type { PlatformErrorCode } from "../server/platform/connection-errors";
import type { PlatformEventType } from "../server/platform/events";
import type { Locale } from "./locale";
import { platformConnectionEn } from "./platform-connection-en";

const errors: Record<PlatformErrorCode, string> = {
  NO_SETTINGS_PERMISSION: "只有店主或有设置权限的成员可以查看或更换签名密钥、重试平台事件",
  SECRET_STALE: "已被他人修改：签名密钥在你打开页面后已被其他管理员更换，本次未更换。请刷新后查看当前密钥。",
  EVENT_NOT_FOUND: "该事件不存在或不属于本店",
  EVENT_PENDING: "该事件还在处理队列中，会自动处理，无需重试",
};

const eventTypes: Record<PlatformEventType, string> = {
  "order.created": "新订单",
  "order.shipped": "订单发货",
  "logistics.scan": "物流轨迹",
  "ticket.applied": "买家申请售后",
  "ticket.cancelled": "买家撤销售后",
  "return.shipped": "买家寄回退货",
  "return.scan": "退货物流轨迹",
  "proxy.confirmed": "买家确认代客售后",
  "proxy.rejected": "买家拒绝代客售后",
  "evidence.submitted": "买家提交举证",
  "ticket.escalated": "买家申请平台介入",
  "platform.ruling": "平台判定",
  "interception.result": "拦截结果",
  "rating.created": "买家评价",
  "conversation.created": "客服会话",
};

const zhCN = {
  title: "平台连接",
  hubHint: "接收平台事件的地址、签名密钥和最近的事件",
  subtitle: "平台通过推送事件（订单、售后申请、物流、评价、平台判定）与本店连接；本店的操作也经由这里回传平台。",
  readOnly: "你可以查看连接状态和最近事件。查看或更换签名密钥、重试事件需要店主或有设置权限的成员。",
  loadError: "平台连接加载失败",
  retry: "重试",
  refresh: "刷新",
  copy: "复制",
  copied: "已复制",
  cancel: "取消",
  connection: {
    title: "连接",
    mode: "模式",
    modes: { sandbox: "沙箱平台", platform: "平台" },
    modeHelp: {
      sandbox: "内置的沙箱平台扮演买家、快递和平台，按平台规则推送事件，无需外部账号。",
      platform: "本店已连接真实平台：事件由平台推送到下面的地址。",
    },
    webhook: "事件接收地址",
    webhookHelp: "在平台的开放平台后台把这个地址登记为事件推送地址（POST，JSON）。",
    shopId: "店铺 ID",
    shopIdHelp: "每个事件的 shopId 字段须为此值。",
    signing: "签名方式",
    signingHelp:
      "每个请求带 {timestampHeader}（Unix 秒）和 {signatureHeader}：用签名密钥对「时间戳.请求体」做 HMAC-SHA256，十六进制。与服务器时间相差超过 {skew} 分钟的请求会被拒绝；同一事件 id 重复推送只处理一次。",
  },
  secret: {
    title: "签名密钥",
    explain: "平台用它给每个推送签名，本店用它验证推送确实来自平台。请像密码一样保管。",
    hidden: "•••••••••••••••• （已隐藏）",
    fingerprint: "指纹 {fingerprint}",
    fingerprintHelp: "密钥 SHA-256 的前 8 位，可与平台后台核对，不会泄露密钥本身",
    reveal: "显示密钥",
    revealing: "获取中…",
    hide: "隐藏",
    rotate: "更换密钥",
    rotateTitle: "更换签名密钥？",
    rotateBody: {
      platform:
        "更换立即生效：从这一刻起，用旧密钥签名的推送都会被拒绝（401），直到平台后台改用新密钥。请在更换后立即把新密钥填入平台后台。",
      sandbox: "更换立即生效：从这一刻起，用旧密钥签名的推送都会被拒绝（401）。沙箱平台会自动改用新密钥。",
    },
    rotateConfirm: "确认更换",
    rotating: "更换中…",
    rotated: "已更换签名密钥。请立即复制新密钥，填入平台后台。",
    ownerOnly: "只有店主或有设置权限的成员可以查看和更换签名密钥。",
  },
  events: {
    title: "最近事件",
    explain: "平台推送到本店的事件，最新的在前。处理失败的事件可在排查原因后重试，只会生效一次。",
    filters: { all: "全部", failed: "失败" },
    filterLabel: "筛选事件",
    columns: { receivedAt: "接收时间", type: "类型", subject: "对象", status: "状态" },
    statuses: { pending: "待处理", processed: "已处理", failed: "失败" },
    types: eventTypes,
    subject: "订单 / 售后单",
    error: "失败原因",
    empty: { all: "还没有收到平台事件。", failed: "没有处理失败的事件。" },
    more: "加载更多",
    loadingMore: "加载中…",
    retry: "重试",
    retrying: "重试中…",
    retryLabel: "重试事件 {id}",
    results: {
      applied: "事件 {id} 已重新处理成功",
      already_applied: "事件 {id} 已被处理过（可能是其他管理员刚刚重试），不会重复生效",
      failed: "事件 {id} 仍然失败：{error}",
    },
  },
  errors,
};

export type PlatformConnectionMessages = typeof zhCN;
export const platformConnectionMessages: { "zh-CN": PlatformConnectionMessages; en: PlatformConnectionMessages } = {
  "zh-CN": zhCN,
  en: platformConnectionEn,
};

export const platformErrorText = (locale: Locale, code: PlatformErrorCode) =>
  platformConnectionMessages[locale].errors[code];
