// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas (server/api/openapi.ts). Public: it holds
// no shop data, and an integrator needs it before they have a key.
import { openApiDocument } from "@/server/api/openapi";
import { methodNotAllowed } from "@/server/api/route";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}

export const { DELETE, OPTIONS, PATCH, POST, PUT } = methodNotAllowed("GET");
