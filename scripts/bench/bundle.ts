// First-load JavaScript of the workbench page: sign in on a production server, load /workbench,
// and add up the gzip size of every script the page loads.
import { gzipSync } from "node:zlib";

export type BundleResult = { scripts: number; gzipKb: number };

export async function benchBundle(baseUrl: string, email: string, password: string): Promise<BundleResult> {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const page = await fetch(`${baseUrl}/workbench`, { headers: { cookie }, redirect: "manual" });
  if (page.status !== 200) throw new Error(`/workbench answered ${page.status}`);
  const html = await page.text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string))];
  let total = 0;
  for (const src of srcs) {
    const js = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    total += gzipSync(js, { level: 9 }).length;
  }
  return { scripts: srcs.length, gzipKb: total / 1024 };
}
