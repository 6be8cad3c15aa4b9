import { Suspense } from "react";
import { AgentsView } from "@/components/metrics/AgentsView";

export default function AgentsPage() {
  return (
    <Suspense>
      <AgentsView />
    </Suspense>
  );
}
