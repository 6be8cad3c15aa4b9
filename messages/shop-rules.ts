// 设置 → 时限与规则 strings (zh-CN default; en in shop-rules-en.ts, same shape). `{x}` placeholders are filled with
// fmt(). `errors` holds the text of every refusal code (server/shops/errors.ts): the server speaks zh-CN, the page
// shows the reader's language by the code.
import type { ShopRulesErrorCode, ShopRulesErrorParams } from "../server/shops/errors";
import type { deadlineLimitKeys, LimitKey, LimitUnit } from "../server/shops/limits";
import { fmt, type Locale } from "./locale";
import { shopRulesEn } from "./shop-rules-en";

const errors: Record<ShopRulesErrorCode, string> = {
  NO_SETTINGS_PERMISSION: "只有店主或有设置权限的成员可以修改时限与规则",
  LIMIT_NOT_A_NUMBER: "「{label}」请填写数字（最多两位小数）",
  LIMIT_OUT_OF_RANGE: "「{label}」最短 {min}，最长 {max}",
  WAYBILL_REMINDER_TOO_LONG: "「{label}」须短于买家退货时限（当前 {buyerShip}），否则售后单超时关闭前不会提醒",
  SETTINGS_STALE: "已被他人修改：你打开页面后，其他管理员保存了时限与规则。你的改动未保存，请刷新后重新修改。",
};

type Row = { who: string; start: string; when: string };

const zhCN = {
  title: "时限与规则",
  hubHint: "平台处理时限、超时提醒和物流拦截条件",
  subtitle: "每个等待状态有一个处理时限，到期后平台按规则自动处理。默认值为平台规定，可按本店情况调整。",
  appliesNote: "修改只对保存之后开始计时的售后单生效；已经在计时的售后单保持原来的截止时间。",
  readOnly: "你可以查看时限与规则。修改需要店主或有设置权限的成员。",
  loadError: "时限与规则加载失败",
  retry: "重试",
  labels: {
    reviewMin: "待商家处理",
    buyerShipMin: "待买家退货",
    confirmReceiptMin: "待商家收货",
    refusalRefundMin: "拒收后退款",
    interceptionMin: "拦截中",
    reissueMin: "待补发",
    exchangeReshipMin: "待换货发出",
    proxyConfirmMin: "代客发起待确认",
    evidenceMin: "待买家举证",
    aboutToTimeoutMin: "即将超时",
    awaitingWaybillMin: "待买家上传单号",
  } satisfies Record<LimitKey, string>,
  deadlines: {
    title: "处理时限",
    explain: "售后单进入某个状态时开始计时，到期仍未处理，平台执行「超时后」一栏的动作。",
  },
  columns: { state: "状态", who: "谁来处理", limit: "时限", when: "超时后", platformDefault: "平台默认" },
  rows: {
    reviewMin: {
      who: "商家",
      start: "从买家申请起算；退回待商家处理时重新计时",
      when: "退货退款/换货：自动同意，进入待买家退货；仅退款：自动退款",
    },
    buyerShipMin: { who: "买家（寄回并填写单号）", start: "从同意退货起算", when: "售后单自动关闭" },
    confirmReceiptMin: { who: "商家确认收货", start: "从买家提交退货单号起算", when: "自动退款" },
    refusalRefundMin: {
      who: "商家（3 天内联系快递或买家，5 天内同意或拒绝）",
      start: "从同意拒收后退款起算",
      when: "自动退款；物流显示拒收或退回时立即自动退款",
    },
    interceptionMin: { who: "快递", start: "从发起拦截起算", when: "视为拦截失败，回到待商家处理并注明" },
    reissueMin: { who: "商家提供补发单号", start: "从同意补发起算", when: "记为延迟发货并标记" },
    exchangeReshipMin: { who: "商家发出换货", start: "从确认收到退货起算", when: "标记为逾期" },
    proxyConfirmMin: { who: "买家", start: "从客服代客发起起算", when: "失效，需重新发起" },
    evidenceMin: { who: "买家", start: "从请买家举证起算", when: "回到待商家处理" },
  } satisfies Record<(typeof deadlineLimitKeys)[number], Row>,
  intervention: { state: "平台介入中", who: "平台", limit: "不限", when: "平台判定商责或买责，并给出结果" },
  thresholds: {
    title: "提醒阈值",
    explain: "决定工作台快捷筛选从何时开始提醒。保存后几秒内用于列表和计数，不改变任何截止时间。",
    help: {
      aboutToTimeoutMin: "离处理时限不足这么久的售后单，出现在「即将超时」",
      awaitingWaybillMin: "同意退货后超过这么久仍未填写退货单号，出现在「待买家上传单号」",
    },
  },
  interception: {
    title: "物流拦截条件",
    explain:
      "发货后的仅退款，满足全部条件才能发起物流拦截。这两项由店铺决定，其余条件（快递公司、金额低于 500 元、单包裹等）按订单判断。",
    agreement: "已签署物流拦截协议",
    agreementHelp: "店铺已与平台签约物流拦截服务协议；未签署时不能发起拦截",
    crossBorder: "跨境店铺",
    crossBorderHelp: "跨境店铺不支持物流拦截",
  },
  units: { h: "小时", d: "天" },
  duration: { h: "{n} 小时", d: "{n} 天", h1: "1 小时", d1: "1 天" },
  assumption: "假设",
  assumptionHelp: "平台规则没有给出具体时限，这是本系统设定的默认值",
  limitLabel: "{label}的时限",
  unitLabel: "{label}的时限单位",
  restore: "恢复默认",
  restoreLabel: "{label}恢复默认（{value}）",
  yes: "是",
  no: "否",
  changed: "已改，未保存",
  custom: "已调整",
  save: "保存",
  saving: "保存中…",
  discard: "放弃修改",
  pending: "{n} 项修改未保存",
  saved: "已保存时限与规则",
  staleRefresh: "刷新，查看最新设置",
  errors,
};

export type ShopRulesMessages = typeof zhCN;
export const shopRulesMessages: { "zh-CN": ShopRulesMessages; en: ShopRulesMessages } = {
  "zh-CN": zhCN,
  en: shopRulesEn,
};

/**
 * A limit as people say it: in `unit` when given and whole ("48 小时" for the 48 h review), else whole days as days
 * ("10 天") and the rest in hours ("36 小时", "1.5 小时").
 */
export function durationText(locale: Locale, minutes: number, preferred?: LimitUnit): string {
  const t = shopRulesMessages[locale].duration;
  const wholeDays = minutes % (24 * 60) === 0;
  const unit = preferred === "h" || (preferred === "d" && !wholeDays) ? "h" : wholeDays ? "d" : "h";
  const n = Math.round((minutes / (unit === "d" ? 24 * 60 : 60)) * 100) / 100;
  return n === 1 ? t[`${unit}1`] : fmt(t[unit], { n });
}

/** The text of a refusal in a language, its placeholders filled (the limit by its name, durations in words). */
export function shopRulesErrorText(locale: Locale, code: ShopRulesErrorCode, p: ShopRulesErrorParams = {}): string {
  const t = shopRulesMessages[locale];
  return fmt(t.errors[code], {
    ...(p.limit ? { label: t.labels[p.limit] } : {}),
    ...(p.min !== undefined ? { min: durationText(locale, p.min) } : {}),
    ...(p.max !== undefined ? { max: durationText(locale, p.max) } : {}),
    ...(p.buyerShipMin !== undefined ? { buyerShip: durationText(locale, p.buyerShipMin) } : {}),
  });
}
