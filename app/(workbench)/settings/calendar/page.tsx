import { CalendarSettings } from "@/components/metrics/CalendarSettings";
import { requireMember } from "@/server/session";

export default async function CalendarSettingsPage() {
  const me = await requireMember();
  const canEdit = !!me.member && (me.member.role === "owner" || me.member.canManageSettings);
  return <CalendarSettings canEdit={canEdit} />;
}
