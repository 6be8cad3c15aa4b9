import { Suspense } from "react";
import { Workbench } from "@/components/workbench/Workbench";

export default function WorkbenchPage() {
  return (
    <Suspense>
      <Workbench />
    </Suspense>
  );
}
