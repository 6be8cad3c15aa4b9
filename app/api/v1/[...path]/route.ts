// Any other /api/v1 path answers the Open API's JSON error, not an HTML page.
import { errorResponse } from "@/server/api/http";
import { DomainError } from "@/server/errors";

export const dynamic = "force-dynamic";

function notFound(req: Request): Response {
  const path = new URL(req.url).pathname;
  return errorResponse(
    new DomainError("NOT_FOUND", `没有这个接口：${req.method} ${path}，请查看 /api/v1/openapi.json`),
  );
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
