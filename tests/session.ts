// A signed-in browser session for route-handler tests: a real better-auth sign-up, the user made a member of
// `shopId`, and the cookie a browser would send.
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { members } from "../db/schema";
import { auth } from "../server/auth";

export async function signedInMember(
  db: Db,
  shopId: string,
  opts: { name?: string; role?: "owner" | "lead" | "agent" } = {},
): Promise<{ cookie: string; userId: string; memberId: string }> {
  const name = opts.name ?? "王主管";
  const email = `m_${randomUUID().slice(0, 8)}@example.com`;
  const res = await auth().api.signUpEmail({ body: { email, password: "correct-horse-9", name }, asResponse: true });
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { user } = (await res.json()) as { user: { id: string } };
  const memberId = `m_${user.id}`;
  await db
    .insert(members)
    .values({ id: memberId, shopId, userId: user.id, displayName: name, role: opts.role ?? "lead" });
  return { cookie, userId: user.id, memberId };
}

/** A JSON POST to a route handler, with the session cookie when given. */
export const postJson = (path: string, body: unknown, cookie?: string) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
