// `npm start` prints the demo shop's connector secret next to the demo accounts, as the README says.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { startBanner } from "./banner";

test("the start banner lists the demo accounts and the demo shop's connector secret from the README", () => {
  const banner = startBanner("http://localhost:3000");
  expect(banner).toContain("Demo accounts (password: shouhou123)");
  expect(banner).toContain("owner@demo.shouhou.dev");
  expect(banner).toContain("POST http://localhost:3000/api/platform/events");
  expect(banner).toMatch(/shop_demo\s+connector secret demo-connector-secret-0001/);
  // The README documents the same secret (and its curl example signs with it).
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  expect(readme).toContain("The demo shop `shop_demo`\nhas the secret `demo-connector-secret-0001`");
});
