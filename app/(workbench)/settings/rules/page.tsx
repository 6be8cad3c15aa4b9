import { RulesSettings } from "@/components/shop-settings/RulesSettings";

export const dynamic = "force-dynamic";

export default function RulesSettingsPage() {
  return <RulesSettings />;
}
