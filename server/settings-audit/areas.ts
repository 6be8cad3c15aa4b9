// 设置变更记录: the settings pages a change is filed under (settings_changes.area). Pure, so the page imports it for
// its filter; the labels are in messages/settings-changes.ts.
export const settingsAreas = ["members", "rules", "calendar", "warnings", "strategies", "platform", "api"] as const;
export type SettingsArea = (typeof settingsAreas)[number];

/** Who made a change: the member's id (kept after they leave the shop, no foreign key) and their name then. */
export type SettingsActor = { memberId: string | null; name: string };

export const actorOf = (m: { id: string; displayName: string }): SettingsActor => ({
  memberId: m.id,
  name: m.displayName,
});
