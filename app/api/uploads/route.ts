// POST /api/uploads (multipart, field "file"): one evidence image for the signed-in member's shop → { id, url }.
import { getDb } from "@/db/client";
import { DomainError } from "@/server/errors";
import { errorResponse } from "@/server/platform/http";
import { memberOfRequest } from "@/server/request-member";
import { saveUpload, uploadMaxBytes } from "@/server/uploads/uploads";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  try {
    const db = getDb();
    // Any member: one without 售后处理权限 may still 代客发起 with evidence (SPEC §1).
    const { member, shop } = await memberOfRequest(db, req);
    // Refuse a body that says it is too big before reading it.
    if (Number(req.headers.get("content-length") ?? 0) > uploadMaxBytes + 64 * 1024) {
      throw new DomainError("INVALID_INPUT", `图片不能超过 ${uploadMaxBytes / 1024 / 1024} MB`, { field: "file" });
    }
    let file: FormDataEntryValue | null = null;
    try {
      file = (await req.formData()).get("file");
    } catch {
      throw new DomainError("INVALID_INPUT", "请用表单字段 file 上传图片", { field: "file" });
    }
    if (!(file instanceof Blob)) throw new DomainError("INVALID_INPUT", "请选择要上传的图片", { field: "file" });
    const saved = await saveUpload(db, { shopId: shop.id, memberId: member.id }, Buffer.from(await file.arrayBuffer()));
    return Response.json(saved, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
