import { StrategiesPage } from "@/components/strategies/StrategiesPage";

export default function Page() {
  return <StrategiesPage />;
}
