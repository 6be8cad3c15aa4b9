// Evidence images (代客发起售后, 驳回凭证): stored per shop, served only to members of that shop. The type comes
// from the file's own bytes, never from what the browser declares, so a renamed file cannot pass as an image.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { uploads } from "../../db/schema";
import { DomainError } from "../errors";
import { uploadPathPattern } from "../tickets/actions/schemas";

export const uploadMaxBytes = 5 * 1024 * 1024;
export const uploadPathPrefix = "/api/uploads/";

const signatures: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "image/png",
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: "image/gif",
    test: (b) => b.subarray(0, 6).toString("latin1") === "GIF87a" || b.subarray(0, 6).toString("latin1") === "GIF89a",
  },
  {
    type: "image/webp",
    test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

/** The image type the bytes really are, or null. */
export function sniffImageType(bytes: Buffer): string | null {
  return signatures.find((s) => s.test(bytes))?.type ?? null;
}

export type UploadCtx = { shopId: string; memberId: string };

/** Stores one image for the shop and answers the path evidence lists use. */
export async function saveUpload(db: DbOrTx, ctx: UploadCtx, bytes: Buffer): Promise<{ id: string; url: string }> {
  if (bytes.length === 0) throw new DomainError("INVALID_INPUT", "文件是空的", { field: "file" });
  if (bytes.length > uploadMaxBytes) {
    throw new DomainError("INVALID_INPUT", `图片不能超过 ${uploadMaxBytes / 1024 / 1024} MB`, { field: "file" });
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new DomainError("INVALID_INPUT", "只能上传 JPG、PNG、GIF 或 WebP 图片", { field: "file" });
  const id = randomUUID();
  await db
    .insert(uploads)
    .values({ id, shopId: ctx.shopId, memberId: ctx.memberId, contentType, size: bytes.length, bytes });
  return { id, url: `${uploadPathPrefix}${id}` };
}

/** One upload of the shop; another shop's id answers NOT_FOUND, exactly like an unknown one. */
export async function readUpload(db: DbOrTx, shopId: string, id: string) {
  const notFound = new DomainError("NOT_FOUND", "图片不存在");
  if (!uploadPathPattern.test(`${uploadPathPrefix}${id}`)) throw notFound;
  const [row] = await db
    .select({ contentType: uploads.contentType, bytes: uploads.bytes })
    .from(uploads)
    .where(and(eq(uploads.id, id), eq(uploads.shopId, shopId)));
  if (!row) throw notFound;
  return row;
}
