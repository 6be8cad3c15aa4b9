import { SettingsHub } from "@/components/metrics/SettingsHub";

export default function SettingsPage() {
  return <SettingsHub />;
}
