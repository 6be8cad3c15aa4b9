// 设置 → 变更记录 strings (zh-CN default; en in settings-changes-en.ts, same shape). `summaries` are the templates of
// the one-line summary each change is stored with (server/settings-audit/describe.ts): stored text, so Chinese
// only, whatever the reader's language; `{x}` placeholders are filled with fmt().
import type { SettingsArea } from "../server/settings-audit/areas";
import { settingsChangesEn } from "./settings-changes-en";

const zhCN = {
  title: "变更记录",
  hubHint: "谁在什么时候修改了成员权限、时限、密钥等店铺设置",
  subtitle:
    "店铺设置的每一次修改都记录在这里，不能修改或删除；成员移出本店后，TA 做过的修改仍然保留。密钥等机密内容不会被记录。",
  loadError: "变更记录加载失败",
  retry: "重试",
  refresh: "刷新",
  filterLabel: "按设置分类筛选",
  all: "全部",
  areas: {
    members: "成员与权限",
    rules: "时限与规则",
    calendar: "假期与报备",
    warnings: "预警阈值",
    strategies: "售后助手",
    platform: "平台连接",
    api: "开放接口",
  } satisfies Record<SettingsArea, string>,
  columns: { at: "时间", actor: "操作人", area: "设置", summary: "变更内容" },
  empty: "还没有设置变更记录。修改成员、时限、密钥等设置后，会记录在这里。",
  emptyArea: "「{area}」还没有变更记录。",
  summaryNote: "",
  more: "加载更多",
  loadingMore: "加载中…",
  end: "没有更多记录了",
  errors: { NO_SETTINGS_PERMISSION: "只有店主或有设置权限的成员可以查看设置变更记录" },
};

export type SettingsChangesMessages = typeof zhCN;
export const settingsChangesMessages: { "zh-CN": SettingsChangesMessages; en: SettingsChangesMessages } = {
  "zh-CN": zhCN,
  en: settingsChangesEn,
};

/** The stored summaries' templates (Chinese, the product language). */
export const settingsChangeSummaries = {
  joiner: "；",
  listJoiner: "、",
  quoted: "「{name}」",
  memberAdded: "添加了成员 {name}（{grants}）",
  memberRole: "将 {name} 的角色由 {from} 改为 {to}",
  memberGranted: "为 {name} 开启了{permissions}",
  memberRevoked: "关闭了 {name} 的{permissions}",
  memberRemoved: "将 {name}（{role}）移出了本店",
  limit: "「{label}」时限 {from} → {to}",
  reminder: "「{label}」提醒 {from} → {to}",
  agreementOn: "标记为已签署物流拦截协议",
  agreementOff: "取消了「已签署物流拦截协议」",
  crossBorderOn: "设为跨境店铺",
  crossBorderOff: "取消了「跨境店铺」",
  holidayAdded: "添加了假期「{name}」（{from} 至 {to}，顺延 {days} 天）",
  holidayRemoved: "删除了假期「{name}」（{from} 至 {to}）",
  filingAdded: "提交了报备「{reason}」（{covers}）",
  filingRemoved: "删除了报备「{reason}」",
  filingOrders: "{n} 个订单",
  filingRange: "承诺发货 {from} 至 {to}",
  threshold: "「{metric}」预警阈值 {from} → {to}",
  thresholdOff: "不预警",
  thresholdDefault: "{value}（默认）",
  dailyCap: "每日自动退款上限 {from} → {to}",
  noCap: "不限",
  secretRotated: "更换了平台签名密钥",
  keyCreated: "创建了 API 密钥「{name}」（{scope}）",
  keyRevoked: "吊销了 API 密钥「{name}」",
  webhookAdded: "添加了推送地址 {url}（{events}）",
  webhookRemoved: "删除了推送地址 {url}",
};
