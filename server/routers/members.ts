// 设置 → 成员与权限 (SPEC §1): the shop's members, their roles and permissions. Thin: the shop and the acting member
// come from the session (shopProcedure); the verbs lock, check rules.ts and write.
import { addMember } from "../members/add";
import { listShopMembers } from "../members/list";
import { removeMember } from "../members/remove";
import { addMemberInput, removeMemberInput, updateMemberInput } from "../members/schemas";
import { updateMember } from "../members/update";
import { router, shopProcedure } from "../trpc";

export const membersRouter = router({
  list: shopProcedure.query(({ ctx }) => listShopMembers(ctx.db, ctx)),
  add: shopProcedure.input(addMemberInput).mutation(({ ctx, input }) => addMember(ctx.db, ctx, input)),
  update: shopProcedure.input(updateMemberInput).mutation(({ ctx, input }) => updateMember(ctx.db, ctx, input)),
  remove: shopProcedure.input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx.db, ctx, input)),
});
