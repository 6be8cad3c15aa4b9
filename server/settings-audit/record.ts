// 设置变更记录 (SPEC §1: the owner manages members, permissions, limits, the platform connection…; merchants want to
// see who changed what). recordSettingsChange is called by every settings verb inside its own transaction, so a
// change and its record commit together or not at all; a refused change (bad input, stale compare-and-set, no
// permission) throws before it and records nothing. Rows are append-only and never hold a secret's value.
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx, Tx } from "../../db/client";
import { settingsChanges } from "../../db/schema";
import { settingsChangesMessages } from "../../messages/settings-changes";
import { DomainError } from "../errors";
import { canManageShopSettings, type SettingsMember } from "../members/permissions";
import { parseInput } from "../tickets/actions/context";
import { type SettingsActor, type SettingsArea, settingsAreas } from "./areas";

export type SettingsChange = {
  shopId: string;
  actor: SettingsActor;
  area: SettingsArea;
  /** What was done, e.g. "member.role", "rules.update", "platform.rotate_secret". */
  action: string;
  /** One line in Chinese, naming the thing (describe.ts). */
  summary: string;
  /** Before and after, for the record: never a secret's value. */
  data?: Record<string, unknown>;
};

/**
 * Appends one record. `at` is the database's now(): when a person really made the change (not a sandbox shop's
 * moved clock), the same for every row of one transaction, ordered by id within it.
 */
export async function recordSettingsChange(tx: Tx, change: SettingsChange): Promise<void> {
  await tx.insert(settingsChanges).values({
    shopId: change.shopId,
    actorMemberId: change.actor.memberId,
    actorName: change.actor.name,
    area: change.area,
    action: change.action,
    summary: change.summary,
    data: change.data ?? null,
  });
}

/** Newest first; `cursor` is the id of the last row shown (keyset: the next page is everything before it). */
export const listSettingsChangesInput = z.object({
  area: z.enum(settingsAreas).optional(),
  cursor: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(100).default(30),
});
export type ListSettingsChangesInput = z.input<typeof listSettingsChangesInput>;

/** The same readers as the settings themselves: the owner and members given 设置权限. */
export function assertCanReadSettingsChanges(member: SettingsMember): void {
  if (!canManageShopSettings(member)) {
    throw new DomainError("FORBIDDEN", settingsChangesMessages["zh-CN"].errors.NO_SETTINGS_PERMISSION, {
      reason: "NO_SETTINGS_PERMISSION",
    });
  }
}

export async function listSettingsChanges(
  db: DbOrTx,
  ctx: { shopId: string; member: SettingsMember },
  raw: ListSettingsChangesInput = {},
) {
  assertCanReadSettingsChanges(ctx.member);
  const input = parseInput(listSettingsChangesInput, raw);
  const t = settingsChanges;
  // The cursor row is looked up in this shop only: another shop's id matches nothing, so it ends the list.
  const before = input.cursor
    ? sql`(${t.at}, ${t.id}) < (select c.at, c.id from ${t} c where c.id = ${input.cursor} and c.shop_id = ${ctx.shopId})`
    : undefined;
  const rows = await db
    .select({
      id: t.id,
      at: t.at,
      actorMemberId: t.actorMemberId,
      actorName: t.actorName,
      area: t.area,
      action: t.action,
      summary: t.summary,
    })
    .from(t)
    .where(and(eq(t.shopId, ctx.shopId), input.area ? eq(t.area, input.area) : undefined, before))
    .orderBy(desc(t.at), desc(t.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({ ...r, area: r.area as SettingsArea })),
    nextCursor: rows.length > input.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
