import { cookies } from "next/headers";
import { Suspense } from "react";
import { WorkbenchMessagesProvider } from "@/components/workbench/messages";
import { Workbench } from "@/components/workbench/Workbench";
import { LOCALE_COOKIE, parseLocale } from "@/messages";
import { workbenchMessages } from "@/messages/workbench";

export default async function WorkbenchPage() {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return (
    <WorkbenchMessagesProvider messages={workbenchMessages[locale]}>
      <Suspense>
        <Workbench />
      </Suspense>
    </WorkbenchMessagesProvider>
  );
}
