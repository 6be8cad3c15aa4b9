// What `npm start` prints once the web server is up: the demo accounts, and the demo shops' connector secrets for
// signing platform events by hand (README "Platform events (webhook)").
import { DEMO_PASSWORD, demoAccounts } from "../db/seed/accounts";
import { demoShops } from "../db/seed/base";

export function startBanner(appUrl: string): string {
  const lines = [`  Demo accounts (password: ${DEMO_PASSWORD})`];
  for (const a of demoAccounts) lines.push(`    ${a.email.padEnd(28)} ${a.name}`);
  lines.push(
    "",
    `  Platform webhook: POST ${new URL("/api/platform/events", appUrl)} (HMAC with the connector secret)`,
  );
  for (const s of demoShops) lines.push(`    ${s.id.padEnd(28)} connector secret ${s.connectorSecret}  (${s.name})`);
  return `\n${lines.join("\n")}\n`;
}
