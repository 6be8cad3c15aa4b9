// 设置 → 时限与规则 (SPEC §3 "All limits are per-shop settings with these defaults"): read and save the shop's time
// limits and the two shop flags the interception rule uses. A saved limit applies to deadlines that start after it:
// a deadline is stored on the ticket row when its state begins (server/tickets/rules-deadlines.ts, transition.ts),
// so tickets already counting down keep theirs.
import { eq } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../../db/client";
import { shopSettings, shops } from "../../db/schema";
import { DomainError } from "../errors";
import { forgetMemberships } from "../members/membership-cache";
import { canManageShopSettings, type SettingsMember } from "../members/permissions";
import { actorOf } from "../settings-audit/areas";
import { describeRulesChange } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { settingsOrDefaults } from "../tickets/actions/rule-context";
import { parseInput } from "../tickets/actions/context";
import { limitViolationError, shopRulesError } from "./errors";
import { checkLimits, sameLimits } from "./limits";
import { type SaveShopRulesInput, type ShopRulesState, saveShopRulesInput } from "./schemas";
import { forgetShopTimeLimits, timeLimitsOf } from "./settings";

type Ctx = { shopId: string; member: SettingsMember & { id: string; displayName: string } };

const sameRules = (a: ShopRulesState, b: ShopRulesState) =>
  sameLimits(a.limits, b.limits) &&
  a.interceptionAgreement === b.interceptionAgreement &&
  a.isCrossBorder === b.isCrossBorder;

const columns = {
  interceptionAgreement: shops.interceptionAgreement,
  isCrossBorder: shops.isCrossBorder,
  settings: shopSettings,
};
type Row = {
  interceptionAgreement: boolean;
  isCrossBorder: boolean;
  settings: typeof shopSettings.$inferSelect | null;
};

function rulesOf(shopId: string, row: Row | undefined): ShopRulesState {
  if (!row) throw new DomainError("NOT_FOUND", "店铺不存在");
  return {
    limits: timeLimitsOf(settingsOrDefaults(shopId, row.settings)),
    interceptionAgreement: row.interceptionAgreement,
    isCrossBorder: row.isCrossBorder,
  };
}

/** The shop's limits (the platform defaults where it has no settings row yet) and interception flags. */
export async function readShopRules(db: DbOrTx, shopId: string): Promise<ShopRulesState> {
  const [row] = await db
    .select(columns)
    .from(shops)
    .leftJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(eq(shops.id, shopId));
  return rulesOf(shopId, row);
}

/** The same, with the shop and settings rows locked until the transaction ends (the settings row must exist). */
async function lockShopRules(tx: Tx, shopId: string): Promise<ShopRulesState> {
  const [row] = await tx
    .select(columns)
    .from(shops)
    .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(eq(shops.id, shopId))
    .for("update");
  return rulesOf(shopId, row);
}

/** What the page shows: the rules, and whether this member may change them (the controls are hidden otherwise). */
export async function getShopRules(db: DbOrTx, ctx: Ctx) {
  return { ...(await readShopRules(db, ctx.shopId)), canEdit: canManageShopSettings(ctx.member) };
}

/**
 * Saves limits and flags when the shop's rules are still what the page loaded (`previous`); else SETTINGS_STALE
 * and nothing changes. Bad input changes nothing either: it is refused before the transaction.
 */
export async function saveShopRules(db: Db, ctx: Ctx, raw: SaveShopRulesInput) {
  if (!canManageShopSettings(ctx.member)) throw shopRulesError("NO_SETTINGS_PERMISSION");
  const input = parseInput(saveShopRulesInput, raw);
  const violation = checkLimits(input.next.limits);
  if (violation) throw limitViolationError(violation);
  const saved = await db.transaction(async (tx) => {
    // A shop without a settings row runs on the defaults; give it one so both rows can be locked and compared.
    await tx.insert(shopSettings).values({ shopId: ctx.shopId }).onConflictDoNothing();
    const current = await lockShopRules(tx, ctx.shopId);
    if (!sameRules(current, input.previous)) throw shopRulesError("SETTINGS_STALE");
    await tx.update(shopSettings).set(input.next.limits).where(eq(shopSettings.shopId, ctx.shopId));
    await tx
      .update(shops)
      .set({ interceptionAgreement: input.next.interceptionAgreement, isCrossBorder: input.next.isCrossBorder })
      .where(eq(shops.id, ctx.shopId));
    const summary = describeRulesChange(current, input.next);
    if (summary) {
      await recordSettingsChange(tx, {
        shopId: ctx.shopId,
        actor: actorOf(ctx.member),
        area: "rules",
        action: "rules.update",
        summary,
        data: { before: current, after: input.next },
      });
    }
    return input.next;
  });
  // This process lists with the new 即将超时 / 待买家上传单号 at once; others within their caches' few seconds.
  forgetShopTimeLimits();
  forgetMemberships();
  return { ...saved, canEdit: true };
}
