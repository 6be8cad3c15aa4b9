import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/shell/SignInForm";
import { demoAccounts, DEMO_PASSWORD } from "@/db/seed/accounts";
import { auth } from "@/server/auth";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

export default async function SignInPage() {
  const s = await auth().api.getSession({ headers: await headers() });
  if (s) redirect("/workbench");
  // The demo accounts are only shown in sandbox mode, where the demo shop exists.
  const demo = env().SANDBOX === "1" ? demoAccounts.map((a) => ({ email: a.email, name: a.name })) : [];
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <SignInForm demo={demo} demoPassword={DEMO_PASSWORD} />
    </main>
  );
}
