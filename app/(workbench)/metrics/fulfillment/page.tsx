import { Suspense } from "react";
import { FulfillmentView } from "@/components/metrics/FulfillmentView";

export default function FulfillmentPage() {
  return (
    <Suspense>
      <FulfillmentView />
    </Suspense>
  );
}
