import { NewStrategy } from "@/components/strategies/NewStrategy";
import { customTemplates } from "@/server/strategies/definitions";

export default async function Page(props: { searchParams: Promise<{ template?: string }> }) {
  const { template } = await props.searchParams;
  const chosen = customTemplates.find((k) => k === template) ?? "before_ship_refund";
  return <NewStrategy template={chosen} />;
}
