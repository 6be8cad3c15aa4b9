// Change a member's role and permissions (设置 → 成员与权限). Compare-and-set on the member's version: of two admins
// editing the same member, the first wins and the second gets MEMBER_VERSION_CONFLICT with nothing changed.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members } from "../../db/schema";
import { actorOf } from "../settings-audit/areas";
import { describeMemberChange } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import { memberError } from "./errors";
import { decideChange, type Grants, permissionKeys } from "./rules";
import { type UpdateMemberInput, updateMemberInput } from "./schemas";
import { changeMembers, lockMembers, type MembersCtx, memberView, ownerCount, targetOf } from "./store";

const pick = (m: Grants): Grants => Object.fromEntries(permissionKeys.map((p) => [p, m[p]])) as Grants;

export async function updateMember(db: Db, ctx: MembersCtx, raw: UpdateMemberInput) {
  const { memberId, version, ...next } = parseInput(updateMemberInput, raw);
  await changeMembers(db, async (tx) => {
    const { rows, actor } = await lockMembers(tx, ctx);
    const target = targetOf(rows, { memberId, version });
    const decision = decideChange(actor, target, next, ownerCount(rows));
    if (!decision.ok) throw memberError(decision.code, decision.params);
    const [changed] = await tx
      .update(members)
      .set({ ...next, version: sql`${members.version} + 1` })
      .where(and(eq(members.id, memberId), eq(members.shopId, ctx.shopId), eq(members.version, version)))
      .returning({ id: members.id });
    if (!changed) throw memberError("MEMBER_VERSION_CONFLICT");
    const summary = describeMemberChange(target.displayName, target, next);
    if (summary) {
      const before = { role: target.role, ...pick(target) };
      await recordSettingsChange(tx, {
        shopId: ctx.shopId,
        actor: actorOf(actor),
        area: "members",
        action: before.role !== next.role ? "member.role" : "member.permissions",
        summary,
        data: { memberId, name: target.displayName, before, after: next },
      });
    }
  });
  return memberView(db, ctx.shopId, memberId);
}
