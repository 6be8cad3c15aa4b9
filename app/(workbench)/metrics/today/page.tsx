import { Suspense } from "react";
import { LeadToday } from "@/components/metrics/LeadToday";

export default function LeadTodayPage() {
  return (
    <Suspense>
      <LeadToday />
    </Suspense>
  );
}
