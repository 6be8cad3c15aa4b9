// Remove a member from the shop (设置 → 成员与权限). The account stays (it may belong to other shops and signs in
// there); tickets they were assigned become unassigned in the open (a timeline entry each, the version bumped), their
// timeline entries, conversations and uploads stay, and former_members keeps their name for 数据. Refused on a stale version, for an owner unless an owner removes them, and for
// the shop's last owner.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { formerMembers, members, ticketEvents, tickets } from "../../db/schema";
import { forgetWorkload } from "../metrics/agents";
import { actorOf } from "../settings-audit/areas";
import { describeMemberRemoved } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import { memberError } from "./errors";
import { decideRemove } from "./rules";
import { type RemoveMemberInput, removeMemberInput } from "./schemas";
import { changeMembers, lockMembers, type MembersCtx, ownerCount, targetOf } from "./store";

export async function removeMember(db: Db, ctx: MembersCtx, raw: RemoveMemberInput) {
  const { memberId, version } = parseInput(removeMemberInput, raw);
  return changeMembers(db, async (tx) => {
    const { rows, actor } = await lockMembers(tx, ctx);
    const target = targetOf(rows, { memberId, version });
    const decision = decideRemove(actor, target, ownerCount(rows));
    if (!decision.ok) throw memberError(decision.code, decision.params);
    await unassignAll(tx, ctx, target);
    const [gone] = await tx
      .delete(members)
      .where(and(eq(members.id, memberId), eq(members.shopId, ctx.shopId), eq(members.version, version)))
      .returning({ id: members.id, displayName: members.displayName, role: members.role });
    if (!gone) throw memberError("MEMBER_VERSION_CONFLICT");
    await tx
      .insert(formerMembers)
      .values({ ...gone, shopId: ctx.shopId, removedAt: ctx.now })
      .onConflictDoNothing();
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(actor),
      area: "members",
      action: "member.remove",
      summary: describeMemberRemoved(target.displayName, target),
      data: { memberId, name: target.displayName, role: target.role },
    });
    return { id: gone.id, displayName: gone.displayName };
  }).finally(forgetWorkload);
}

/**
 * What 取消指派 would write, for every ticket of theirs at once (the foreign key would clear them silently): a
 * timeline entry by the member removing them, and the version bumped so a page read before is told.
 */
async function unassignAll(tx: Tx, ctx: MembersCtx, target: { id: string; displayName: string }) {
  const why = `${target.displayName} 已移出店铺，取消指派`;
  const data = JSON.stringify({ from: target.id, to: null, toName: null });
  const at = ctx.now.toISOString(); // a raw statement: postgres.js does not bind a Date here
  await tx.execute(sql`
    with moved as (
      update ${tickets} set assignee_id = null, version = version + 1, updated_at = ${at}::timestamptz,
        updated_by_name = ${ctx.member.displayName}
      where shop_id = ${ctx.shopId} and assignee_id = ${target.id}
      returning id, status)
    insert into ${ticketEvents}
      (shop_id, ticket_id, at, actor_kind, actor_id, actor_name, action, from_status, to_status, why, data)
    select ${ctx.shopId}, id, ${at}::timestamptz, 'agent', ${ctx.member.id}, ${ctx.member.displayName}, 'assign', status,
      status, ${why}, ${data}::jsonb
    from moved`);
}
