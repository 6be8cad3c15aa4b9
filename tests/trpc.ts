// tRPC callers for integration tests: the real router and middleware, as a signed-in user with an active shop.
import { TRPCError } from "@trpc/server";
import type { Db } from "../db/client";

/** The router is imported here, after useTestDb() pointed DATABASE_URL at the test database. */
export async function routerCaller(db: Db) {
  const { appRouter } = await import("../server/routers/_app");
  const { createCallerFactory } = await import("../server/trpc");
  const createCaller = createCallerFactory(appRouter);
  return (userId: string, activeShopId: string) =>
    createCaller({
      db,
      headers: new Headers(),
      user: { id: userId } as never,
      session: { id: "s", activeShopId } as never,
    });
}

/** The TRPCError a call ends with (fails the test if it succeeds or throws something else). */
export async function trpcError(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected a TRPCError");
}
