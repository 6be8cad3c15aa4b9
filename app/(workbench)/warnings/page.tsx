import { WarningsCenter } from "@/components/metrics/WarningsCenter";
import { requireMember } from "@/server/session";
import { canEditThresholds } from "@/server/warnings/thresholds";

export default async function WarningsPage() {
  const me = await requireMember();
  return <WarningsCenter canEditThresholds={!!me.member && canEditThresholds(me.member)} />;
}
