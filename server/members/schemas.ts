// Inputs of 设置 → 成员与权限, shared by the router and the verbs. Messages are the zh-CN text of messages/members.ts
// (the page shows them in the reader's language). The member's shop never comes in: it is the session's.
import { z } from "zod";
import { text } from "../text";
import { zhText } from "./errors";
import { memberRoles } from "./rules";

/** Sign-in passwords (server/auth.ts uses the same bounds, so an initial password set here always signs in). */
export const passwordLength = { min: 8, max: 128 } as const;

const memberId = text().min(1).max(64);
const version = z.number().int().min(1);
const grants = {
  role: z.enum(memberRoles),
  canHandleAfterSales: z.boolean(),
  canManageStrategies: z.boolean(),
  canManageSettings: z.boolean(),
};

export const addMemberInput = z.object({
  // Accounts are keyed by the lower-cased email, as better-auth signs in.
  email: text()
    .trim()
    .toLowerCase()
    .max(254, zhText("EMAIL_INVALID"))
    .pipe(z.email({ error: zhText("EMAIL_INVALID") })),
  displayName: text().trim().min(1, zhText("NAME_REQUIRED")).max(32, zhText("NAME_TOO_LONG")),
  // Only for a new account; empty means "none". Never trimmed: spaces are part of a password.
  password: text()
    .max(passwordLength.max, zhText("PASSWORD_TOO_LONG"))
    .refine((p) => p === "" || p.length >= passwordLength.min, zhText("PASSWORD_TOO_SHORT"))
    .optional(),
  ...grants,
});
export type AddMemberInput = z.input<typeof addMemberInput>;

export const updateMemberInput = z.object({ memberId, version, ...grants });
export type UpdateMemberInput = z.input<typeof updateMemberInput>;

export const removeMemberInput = z.object({ memberId, version });
export type RemoveMemberInput = z.input<typeof removeMemberInput>;
