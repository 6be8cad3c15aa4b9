import { CalendarSettings } from "@/components/metrics/CalendarSettings";
import { canManageShopSettings } from "@/server/members/permissions";
import { requireMember } from "@/server/session";

export default async function CalendarSettingsPage() {
  const me = await requireMember();
  const canEdit = !!me.member && canManageShopSettings(me.member);
  return <CalendarSettings canEdit={canEdit} />;
}
