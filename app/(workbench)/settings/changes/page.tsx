import { SettingsChanges } from "@/components/settings-changes/SettingsChanges";

export const dynamic = "force-dynamic";

export default function SettingsChangesPage() {
  return <SettingsChanges />;
}
