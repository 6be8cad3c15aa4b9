import { MembersSettings } from "@/components/members/MembersSettings";

export const dynamic = "force-dynamic";

export default function MembersSettingsPage() {
  return <MembersSettings />;
}
