// The one mapping from errors to the platform and sandbox routes' JSON answers: { error: { code, message, field } }.
import type { z } from "zod";
import { DomainError, httpStatusOf } from "../errors";

export function errorResponse(e: unknown): Response {
  if (e instanceof DomainError) {
    const error = { code: e.code, message: e.message, field: e.details.field ?? null };
    return Response.json({ error }, { status: httpStatusOf(e) });
  }
  console.error("[api] request failed", e);
  return Response.json({ error: { code: "INTERNAL", message: "internal error", field: null } }, { status: 500 });
}

/** Reads a JSON body and validates it; throws INVALID_INPUT naming the first bad field. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new DomainError("INVALID_INPUT", "body: not valid JSON", { field: "body" });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "body";
    throw new DomainError("INVALID_INPUT", `${field}: ${issue?.message ?? "invalid"}`, { field });
  }
  return parsed.data;
}
