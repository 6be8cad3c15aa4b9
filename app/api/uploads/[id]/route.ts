// GET /api/uploads/<id>: an evidence image, to members of its shop only.
import { getDb } from "@/db/client";
import { errorResponse } from "@/server/platform/http";
import { memberOfRequest } from "@/server/request-member";
import { readUpload } from "@/server/uploads/uploads";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const db = getDb();
    const { shop } = await memberOfRequest(db, req);
    const { contentType, bytes } = await readUpload(db, shop.id, (await params).id);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": contentType,
        // An upload never changes; private: it is one shop's.
        "cache-control": "private, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
