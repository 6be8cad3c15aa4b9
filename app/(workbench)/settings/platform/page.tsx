import { PlatformSettings } from "@/components/shop-settings/PlatformSettings";

export const dynamic = "force-dynamic";

export default function PlatformSettingsPage() {
  return <PlatformSettings />;
}
