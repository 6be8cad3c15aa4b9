// 设置 → 平台连接 (SPEC §7): the connection, its signing secret and the recent platform events. Thin: the shop and the
// member come from the session (shopProcedure); every member may read, the verbs let only the owner and 设置权限
// reveal or rotate the secret and retry an event.
import { getPlatformConnection, revealSecret, rotateSecret } from "../platform/connection";
import { listPlatformEventsInput, retryEventInput, rotateSecretInput } from "../platform/connection-schemas";
import { listPlatformEvents } from "../platform/event-log";
import { retryPlatformEvent } from "../platform/retry-event";
import { router, shopProcedure } from "../trpc";

export const platformConnectionRouter = router({
  get: shopProcedure.query(({ ctx }) => getPlatformConnection(ctx.db, ctx)),
  revealSecret: shopProcedure.mutation(({ ctx }) => revealSecret(ctx.db, ctx)),
  rotateSecret: shopProcedure.input(rotateSecretInput).mutation(({ ctx, input }) => rotateSecret(ctx.db, ctx, input)),
  events: shopProcedure
    .input(listPlatformEventsInput)
    .query(({ ctx, input }) => listPlatformEvents(ctx.db, ctx, input)),
  retryEvent: shopProcedure.input(retryEventInput).mutation(({ ctx, input }) => retryPlatformEvent(ctx.db, ctx, input)),
});
