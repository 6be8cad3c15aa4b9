import { DomainError } from "../errors";
import { canManageShopSettings } from "../members/permissions";
import type { Member } from "../trpc";

/** SPEC §1: holiday settings belong to the owner (and members given 设置权限). */
export function assertCanManageCalendar(m: Member): void {
  if (!canManageShopSettings(m)) {
    throw new DomainError("FORBIDDEN", "只有店主或有设置权限的成员可以修改假期与报备");
  }
}
