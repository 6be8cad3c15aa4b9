// Remove a member from the shop (设置 → 成员与权限). The account stays (it may belong to other shops and signs in
// there); tickets they were assigned become unassigned, their timeline entries and uploads stay. Refused on a stale
// version, for an owner unless an owner removes them, and for the shop's last owner.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members } from "../../db/schema";
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
    const [gone] = await tx
      .delete(members)
      .where(and(eq(members.id, memberId), eq(members.shopId, ctx.shopId), eq(members.version, version)))
      .returning({ id: members.id, displayName: members.displayName });
    if (!gone) throw memberError("MEMBER_VERSION_CONFLICT");
    return gone;
  });
}
