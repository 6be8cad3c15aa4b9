import { initTRPC } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import { ZodError } from "zod";
import { type Db, getDb } from "../db/client";
import { members, shops } from "../db/schema";
import { auth } from "./auth";
import { shopNow } from "./clock";
import { DomainError, toTRPCError } from "./errors";
import { membershipCache } from "./members/membership-cache";
import { transformer } from "./trpc-wire";

export type Member = typeof members.$inferSelect;

export async function createContext(opts: { headers: Headers }) {
  const db = getDb();
  const s = await auth().api.getSession({ headers: opts.headers });
  return { db, headers: opts.headers, user: s?.user ?? null, session: s?.session ?? null };
}
export type Context = Awaited<ReturnType<typeof createContext>>;

const t = initTRPC.context<Context>().create({
  transformer, // superjson on the wire (the client decodes with superjson); see trpc-wire.ts
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        domainCode: cause instanceof DomainError ? cause.code : undefined,
        details: cause instanceof DomainError ? cause.details : undefined,
        zod:
          cause instanceof ZodError
            ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
            : undefined,
      },
    };
  },
});

// Domain errors become tRPC errors here, once; anything else is logged and shown generically.
const mapErrors = t.middleware(async ({ next }) => {
  const res = await next();
  if (!res.ok && res.error.cause instanceof DomainError) {
    return { ...res, error: toTRPCError(res.error.cause) } as typeof res;
  }
  if (!res.ok && res.error.code === "INTERNAL_SERVER_ERROR") console.error(res.error);
  return res;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors);

export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user || !ctx.session) throw new DomainError("UNAUTHORIZED", "请先登录");
  return next({ ctx: { ...ctx, user: ctx.user, session: ctx.session } });
});

/** Resolves the member for the session's active shop; the shop never comes from the client. */
export async function resolveMember(db: Db, userId: string, activeShopId: string | null | undefined) {
  const mine = await db
    .select({ member: members, shop: shops })
    .from(members)
    .innerJoin(shops, eq(shops.id, members.shopId))
    .where(eq(members.userId, userId))
    .orderBy(asc(members.createdAt), asc(shops.name));
  const chosen = mine.find((m) => m.shop.id === activeShopId) ?? mine[0];
  return { chosen, all: mine };
}

/**
 * The member for a request. Queries (the workbench list, counts: most requests) reuse what was resolved in
 * the last `membershipCacheMs` so a list is one round trip, not two; the key is the user and the session's
 * active shop, so an entry never answers for another user or shop. Mutations always read it fresh: a removed
 * member or a revoked 售后处理权限 can never act on a stale entry, and reads end within 2 s (at once in the
 * process that made the change, through forgetMemberships()).
 */
function memberFor(db: Db, type: string, userId: string, activeShopId: string | null | undefined) {
  const fresh = async () => (await resolveMember(db, userId, activeShopId)).chosen;
  if (type !== "query") return fresh();
  // Not a member of any shop (yet) is not cached: being added takes effect on the next request.
  return membershipCache.get(db, `${userId}\u0000${activeShopId ?? ""}`, fresh, (m) => m !== undefined);
}

export const shopProcedure = authedProcedure.use(async ({ ctx, type, next }) => {
  const activeShopId = (ctx.session as { activeShopId?: string | null }).activeShopId;
  const chosen = await memberFor(ctx.db, type, ctx.user.id, activeShopId);
  if (!chosen) throw new DomainError("NO_SHOP", "你还不是任何店铺的成员");
  const now = await shopNow(ctx.db, chosen.shop);
  return next({ ctx: { ...ctx, shopId: chosen.shop.id, shop: chosen.shop, member: chosen.member, now } });
});
export type ShopCtx = { db: Db; shopId: string; member: Member; now: Date };

export function canHandle(member: Member) {
  return member.role === "owner" || member.role === "lead" || member.canHandleAfterSales;
}
