import { Suspense } from "react";
import { MetricsOverview } from "@/components/metrics/MetricsOverview";

export default function MetricsPage() {
  return (
    <Suspense>
      <MetricsOverview />
    </Suspense>
  );
}
