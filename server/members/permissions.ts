// SPEC §1: the shop's settings (holidays and filings, members, the Open API's keys and webhook URLs) belong to the
// owner and to the members the owner gave 设置权限. One rule, for the services and for the screens that hide the
// controls (pure, so client components import it too).
import type { members } from "../../db/schema";

export type SettingsMember = Pick<typeof members.$inferSelect, "role" | "canManageSettings">;

export const canManageShopSettings = (m: SettingsMember): boolean => m.role === "owner" || m.canManageSettings;
