import { StrategyDetail } from "@/components/strategies/StrategyDetail";

export default async function Page(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await props.params;
  const { created } = await props.searchParams;
  return <StrategyDetail id={decodeURIComponent(id)} created={created === "1"} />;
}
