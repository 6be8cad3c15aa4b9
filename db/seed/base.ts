// Shops, their settings and the demo members. Accounts are not platform data, so they are
// written directly; everything a platform would send (orders, tickets, scans) goes through it.
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../client";
import { account, demoSeedRuns, members, shopSettings, shops, user } from "../schema";
import { DEMO_PASSWORD, DEMO_SHOP_ID, demoAccounts, OTHER_SHOP_ID } from "./accounts";

export const demoShops = [
  {
    id: DEMO_SHOP_ID,
    name: "鹿小鹿官方旗舰店",
    connectorSecret: "demo-connector-secret-0001",
    interceptionAgreement: true,
    isCrossBorder: false,
  },
  {
    id: OTHER_SHOP_ID,
    name: "山野好物二店",
    connectorSecret: "other-connector-secret-0002",
    interceptionAgreement: false,
    isCrossBorder: false,
  },
] as const;

export async function seedBase(db: Db) {
  // The shops and the seed's record of them together: a shop never exists without the record that says whether
  // its seed finished (state.ts).
  await db.transaction(async (tx) => {
    await tx
      .insert(shops)
      .values(demoShops.map((s) => ({ ...s, sandbox: true })))
      .onConflictDoNothing();
    await tx
      .insert(shopSettings)
      .values(demoShops.map((s) => ({ shopId: s.id })))
      .onConflictDoNothing();
    await tx
      .insert(demoSeedRuns)
      .values(demoShops.map((s) => ({ shopId: s.id })))
      .onConflictDoNothing();
  });
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const [i, a] of demoAccounts.entries()) {
    const userId = `user_demo_${i + 1}`;
    await db
      .insert(user)
      .values({ id: userId, name: a.name, email: a.email, emailVerified: true })
      .onConflictDoNothing();
    await db
      .insert(account)
      .values({ id: `acct_demo_${i + 1}`, accountId: userId, providerId: "credential", userId, password: hash })
      .onConflictDoNothing();
    for (const shopId of a.shops) {
      const role = a.role;
      await db
        .insert(members)
        .values({
          id: `mem_${shopId}_${i + 1}`,
          shopId,
          userId,
          displayName: a.name,
          role,
          canHandleAfterSales: a.handle,
          canManageStrategies: role !== "agent",
          canManageSettings: role === "owner",
        })
        .onConflictDoNothing();
    }
  }
}
