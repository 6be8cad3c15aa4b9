import { ApiSettings } from "./ApiSettings";

export const dynamic = "force-dynamic";

export default function ApiSettingsPage() {
  return <ApiSettings />;
}
