// First-load JavaScript of the workbench page: sign in on a production server, load /workbench,
// and add up the gzip size of every script a current browser loads. `<script nomodule>` (Next's polyfills for
// browsers without ES modules) is never fetched by one, so it is reported apart, not counted (as `next build`'s
// own "First Load JS" does).
import { gzipSync } from "node:zlib";

export type BundleResult = { scripts: number; gzipKb: number; nomoduleKb: number };

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
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2] as string,
    nomodule: /\snomodule\b/i.test(`${m[1]} ${m[3]}`),
  }));
  const gzipKb = async (src: string) =>
    gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer()), { level: 9 }).length / 1024;
  const loaded = [...new Set(tags.filter((t) => !t.nomodule).map((t) => t.src))];
  const legacy = [...new Set(tags.filter((t) => t.nomodule).map((t) => t.src))];
  let total = 0;
  for (const src of loaded) total += await gzipKb(src);
  let nomoduleKb = 0;
  for (const src of legacy) nomoduleKb += await gzipKb(src);
  return { scripts: loaded.length, gzipKb: total, nomoduleKb };
}
