import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { auth } from "./auth";
import { whoAmI } from "./members/session";

/** For server components: the signed-in member and shop, or a redirect to sign-in. */
export async function requireMember() {
  const s = await auth().api.getSession({ headers: await headers() });
  if (!s) redirect("/sign-in");
  const me = await whoAmI(getDb(), s.user.id, (s.session as { activeShopId?: string | null }).activeShopId);
  return { user: s.user, ...me };
}
