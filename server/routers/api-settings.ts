// 设置 → 开放接口: API keys and outbound webhooks of the shop. Thin: parse with the service's schema, call it.
// Only the owner (canManageSettings) gets past the services' permission check.
import { createApiKey, createApiKeyInput, listApiKeys, revokeApiKey, revokeApiKeyInput } from "../api/keys";
import { router, shopProcedure } from "../trpc";
import {
  deliveryIdInput,
  listDeliveries,
  listDeliveriesInput,
  redeliver,
  sendTestDelivery,
} from "../webhooks/deliveries";
import {
  createWebhookEndpoint,
  createWebhookInput,
  listWebhookEndpoints,
  removeWebhookEndpoint,
  webhookIdInput,
} from "../webhooks/endpoints";

export const apiSettingsRouter = router({
  keys: shopProcedure.query(({ ctx }) => listApiKeys(ctx.db, ctx)),
  createKey: shopProcedure.input(createApiKeyInput).mutation(({ ctx, input }) => createApiKey(ctx.db, ctx, input)),
  revokeKey: shopProcedure.input(revokeApiKeyInput).mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx, input)),
  webhooks: shopProcedure.query(({ ctx }) => listWebhookEndpoints(ctx.db, ctx)),
  createWebhook: shopProcedure
    .input(createWebhookInput)
    .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.db, ctx, input)),
  removeWebhook: shopProcedure
    .input(webhookIdInput)
    .mutation(({ ctx, input }) => removeWebhookEndpoint(ctx.db, ctx, input)),
  testWebhook: shopProcedure.input(webhookIdInput).mutation(({ ctx, input }) => sendTestDelivery(ctx.db, ctx, input)),
  deliveries: shopProcedure.input(listDeliveriesInput).query(({ ctx, input }) => listDeliveries(ctx.db, ctx, input)),
  redeliver: shopProcedure.input(deliveryIdInput).mutation(({ ctx, input }) => redeliver(ctx.db, ctx, input)),
});
