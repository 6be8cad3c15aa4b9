// Who manages the Open API: API keys and webhook URLs hand a shop's data to another system, so only those who manage
// the shop's settings (the owner and members with 设置权限, SPEC §1 "店主/管理员 … platform connection") create or
// revoke them — the same rule as the holiday calendar (server/members/permissions.ts).

import { DomainError } from "../errors";
import { canManageShopSettings } from "../members/permissions";
import type { Member } from "../tickets/actions/context";

export type SettingsCtx = {
  shopId: string;
  member: Pick<Member, "id" | "shopId" | "displayName" | "role" | "canManageSettings">;
};

export function assertCanManageApi(ctx: SettingsCtx): void {
  if (ctx.member.shopId !== ctx.shopId || !canManageShopSettings(ctx.member)) {
    throw new DomainError("FORBIDDEN", "只有店主或有设置权限的成员可以管理开放接口的密钥和推送地址");
  }
}
