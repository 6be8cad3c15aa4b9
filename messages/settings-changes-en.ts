// 设置 → 变更记录 strings in English (same shape as settings-changes.ts).
import type { SettingsChangesMessages } from "./settings-changes";

export const settingsChangesEn: SettingsChangesMessages = {
  title: "Change log",
  hubHint: "Who changed members, permissions, time limits, secrets and other shop settings, and when",
  subtitle:
    "Every change to the shop's settings is recorded here and cannot be edited or deleted; a member's changes stay after they leave the shop. Secrets are never recorded.",
  loadError: "Could not load the change log",
  retry: "Retry",
  refresh: "Refresh",
  filterLabel: "Filter by settings page",
  all: "All",
  areas: {
    members: "Members and permissions",
    rules: "Time limits and rules",
    calendar: "Holidays & filings",
    warnings: "Warning thresholds",
    strategies: "Assistant",
    platform: "Platform connection",
    api: "Open API",
  },
  columns: { at: "Time", actor: "By", area: "Settings", summary: "Change" },
  empty: "No settings changes yet. Changes to members, time limits, secrets and other settings will be listed here.",
  emptyArea: "No changes to “{area}” yet.",
  summaryNote: "Each change is described in Chinese, as it was recorded.",
  more: "Load more",
  loadingMore: "Loading…",
  end: "No more changes",
  errors: { NO_SETTINGS_PERMISSION: "Only the owner and members with the settings permission can see the change log" },
};
