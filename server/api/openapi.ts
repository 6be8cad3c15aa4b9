// The OpenAPI 3.1 document of /api/v1, generated with zod 4's own JSON Schema generator (z.toJSONSchema) from the
// very schemas the handlers validate with (server/tickets/schemas.ts, server/tickets/actions/schemas.ts) and the
// answer schemas derived from the tables (./response-schemas.ts). Nothing here restates a field by hand.
import { z } from "zod";
import * as actionSchemas from "../tickets/actions/schemas";
import { listTicketsInput } from "../tickets/schemas";
import { backoffMs, defaultMaxAttempts, defaultTimeoutMs } from "../webhooks/deliver";
import {
  pingEventType,
  pingPayloadSchema,
  ticketEventPayloadSchema,
  webhookEventTypes,
  webhookHeaders,
} from "../webhooks/events";
import { type TicketActionName, ticketActionNames } from "./act";
import { apiMetricsInput, metricsResultSchema } from "./metrics";
import {
  actionText,
  apiInfo,
  errorText,
  listParamText,
  metricsParamText,
  operationText,
  webhookHeaderText,
  webhookResponseText,
  webhookText,
} from "./openapi-text";
import { inputJsonSchema } from "./query";
import {
  actionResultSchema,
  apiErrorSchema,
  ticketDetailSchema,
  ticketListItemSchema,
  ticketListSchema,
  ticketSchema,
} from "./response-schemas";

/** Request body of each verb on a ticket: its own input schema, with the ticket taken from the path. */
const actionBodies = {
  approve: actionSchemas.approveInput,
  reject: actionSchemas.rejectInput,
  refund: actionSchemas.refundInput,
  request_evidence: actionSchemas.requestEvidenceInput,
  confirm_receipt: actionSchemas.confirmReceiptInput,
  upload_return_waybill: actionSchemas.uploadReturnWaybillInput,
  request_interception: actionSchemas.requestInterceptionInput,
  agree_refusal_refund: actionSchemas.agreeRefusalRefundInput,
  provide_reissue_waybill: actionSchemas.provideReissueWaybillInput,
  ship_exchange: actionSchemas.shipExchangeInput,
  cancel_proxy: actionSchemas.cancelProxyInput,
  assign: actionSchemas.assignInput,
  tag: actionSchemas.tagInput,
  note: actionSchemas.noteInput,
  message: actionSchemas.messageInput,
  classify: actionSchemas.classifyInput,
} satisfies Record<TicketActionName, z.ZodObject>;

/** The documented body: the verb's schema without `ticketId`, which the path carries. */
export function actionBodyOf(a: TicketActionName): z.ZodObject {
  const schema: z.ZodObject = actionBodies[a];
  return schema.omit({ ticketId: true } as Record<string, true>);
}

type Json = Record<string, unknown>;

/** JSON Schema of an answer (output side); times are ISO 8601 strings. */
function outputJsonSchema(schema: z.ZodType): Json {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (s: string) => s.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
export const actionBodyName = (a: TicketActionName) => `${pascal(a)}Body`;

const jsonContent = (schemaRef: Json) => ({ "application/json": { schema: schemaRef } });
const rateHeaders = {
  "X-RateLimit-Limit": { description: "此密钥每分钟的请求上限", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "此刻还可以发出的请求数", schema: { type: "integer" } },
};

function errors(...statuses: number[]): Json {
  return Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: errorText[s],
        content: jsonContent(ref("Error")),
        ...(s === 429
          ? { headers: { "Retry-After": { description: "多少秒后重试", schema: { type: "integer" } } } }
          : {}),
      },
    ]),
  );
}

const idParam = {
  name: "id",
  in: "path",
  required: true,
  description: "售后单号",
  schema: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
};
const idempotencyParam = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: "同一 Key 同一请求只执行一次，重试时返回第一次的结果",
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

function queryParams(schema: z.ZodObject, text: Partial<Record<string, string>> = {}): Json[] {
  const json = inputJsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    ...(text[name] ? { description: text[name] } : {}),
    schema: s,
    ...(s.type === "array" ? { style: "form", explode: false } : {}),
  }));
}

function actionPaths(): Json {
  return Object.fromEntries(
    ticketActionNames.map((a) => [
      `/api/v1/tickets/{id}/actions/${a}`,
      {
        post: {
          operationId: `action_${a}`,
          tags: ["actions"],
          summary: actionText[a].summary,
          description: actionText[a].description,
          parameters: [idParam, idempotencyParam],
          requestBody: { required: true, content: jsonContent(ref(actionBodyName(a))) },
          responses: {
            "200": {
              description: "操作成功：更新后的售后单和此刻应提醒的规则",
              headers: rateHeaders,
              content: jsonContent(ref("ActionResult")),
            },
            ...errors(400, 401, 403, 404, 409, 422, 429),
          },
        },
      },
    ]),
  );
}

/** Header names as usually written (X-Shouhou-Signature); HTTP header names are case-insensitive. */
const headerName = (h: string) => h.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/**
 * The outbound events (OAS 3.1 `webhooks`): what server/webhooks/deliver.ts POSTs to a registered URL — its
 * headers, the payload schema payloadOf is typed by, and what the receiver's answer means.
 */
function webhookItems(): Json {
  const header = (key: keyof typeof webhookHeaders, schema: Json) => ({
    name: headerName(webhookHeaders[key]),
    in: "header",
    required: true,
    description: webhookHeaderText[key],
    schema,
  });
  const received = webhookResponseText(defaultMaxAttempts, backoffMs(1) / 1000, defaultTimeoutMs / 1000);
  return Object.fromEntries(
    ([...webhookEventTypes, pingEventType] as const).map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\W/g, "_")}`,
          tags: ["webhooks"],
          summary: webhookText[type].summary,
          description: webhookText[type].description,
          security: [],
          parameters: [
            header("event", { type: "string", const: type }),
            header("delivery", { type: "string" }),
            header("timestamp", { type: "string", pattern: "^\\d+$" }),
            header("signature", { type: "string", pattern: "^[0-9a-f]{64}$" }),
          ],
          requestBody: {
            required: true,
            content: jsonContent(ref(type === pingEventType ? "PingEvent" : "TicketEvent")),
          },
          responses: { "2XX": { description: received } },
        },
      },
    ]),
  );
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  if (cached) return cached;
  const schemas: Json = {
    Error: outputJsonSchema(apiErrorSchema),
    Ticket: outputJsonSchema(ticketSchema),
    TicketListItem: outputJsonSchema(ticketListItemSchema),
    TicketList: outputJsonSchema(ticketListSchema),
    TicketDetail: outputJsonSchema(ticketDetailSchema),
    ActionResult: outputJsonSchema(actionResultSchema),
    InitiateForBuyerBody: inputJsonSchema(actionSchemas.initiateForBuyerInput),
    Metrics: outputJsonSchema(metricsResultSchema),
    TicketEvent: outputJsonSchema(ticketEventPayloadSchema),
    PingEvent: outputJsonSchema(pingPayloadSchema),
  };
  for (const a of ticketActionNames) schemas[actionBodyName(a)] = inputJsonSchema(actionBodyOf(a));
  cached = {
    openapi: "3.1.0",
    info: apiInfo,
    servers: [{ url: "/", description: "本服务" }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "tickets", description: "售后单" },
      { name: "actions", description: "售后操作" },
      { name: "metrics", description: "数据" },
      { name: "meta", description: "文档" },
      { name: "webhooks", description: "推送（Webhooks）" },
    ],
    paths: {
      "/api/v1/tickets": {
        get: {
          operationId: "listTickets",
          tags: ["tickets"],
          ...operationText.listTickets,
          parameters: queryParams(listTicketsInput, listParamText),
          responses: {
            "200": { description: "一页售后单", headers: rateHeaders, content: jsonContent(ref("TicketList")) },
            ...errors(400, 401, 429),
          },
        },
        post: {
          operationId: "initiateForBuyer",
          tags: ["tickets"],
          ...operationText.initiateForBuyer,
          parameters: [idempotencyParam],
          requestBody: { required: true, content: jsonContent(ref("InitiateForBuyerBody")) },
          responses: {
            "201": {
              description: "已发起，等待买家确认",
              headers: rateHeaders,
              content: jsonContent(ref("ActionResult")),
            },
            ...errors(400, 401, 403, 404, 409, 422, 429),
          },
        },
      },
      "/api/v1/tickets/{id}": {
        get: {
          operationId: "getTicket",
          tags: ["tickets"],
          ...operationText.getTicket,
          parameters: [idParam],
          responses: {
            "200": { description: "售后单详情", headers: rateHeaders, content: jsonContent(ref("TicketDetail")) },
            ...errors(400, 401, 404, 429),
          },
        },
      },
      ...actionPaths(),
      "/api/v1/metrics": {
        get: {
          operationId: "getMetrics",
          tags: ["metrics"],
          ...operationText.getMetrics,
          parameters: queryParams(apiMetricsInput, metricsParamText),
          responses: {
            "200": { description: "指标", headers: rateHeaders, content: jsonContent(ref("Metrics")) },
            ...errors(400, 401, 429),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openapi",
          tags: ["meta"],
          ...operationText.openapi,
          security: [],
          responses: { "200": { description: "OpenAPI 3.1 文档", content: { "application/json": { schema: {} } } } },
        },
      },
    },
    webhooks: webhookItems(),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "设置 → 开放接口 中创建的密钥" } },
      schemas,
    },
  };
  return cached;
}
