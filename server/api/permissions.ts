// Who manages the Open API: API keys and webhook URLs hand a shop's data to another system, so only a member with
// the settings permission (the owner, SPEC §1 "店主/管理员 … platform connection") creates or revokes them.

import { DomainError } from "../errors";
import type { Member } from "../tickets/actions/context";

export type SettingsCtx = { shopId: string; member: Pick<Member, "id" | "shopId" | "canManageSettings"> };

export function assertCanManageApi(ctx: SettingsCtx): void {
  if (ctx.member.shopId !== ctx.shopId || !ctx.member.canManageSettings) {
    throw new DomainError("FORBIDDEN", "只有店主可以管理开放接口的密钥和推送地址");
  }
}
