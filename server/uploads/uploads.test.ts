import { describe, expect, test } from "vitest";
import { useTestDb } from "../../tests/db";
import { approveInput, rejectInput } from "../tickets/actions/schemas";
import { createShop, domainError } from "../tickets/actions/test-fixtures";
import { readUpload, saveUpload, sniffImageType, uploadMaxBytes } from "./uploads";

const { db } = await useTestDb();

const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe("evidence uploads", () => {
  test("the type comes from the bytes: images pass, a renamed text file does not", () => {
    expect(sniffImageType(png)).toBe("image/png");
    expect(sniffImageType(jpeg)).toBe("image/jpeg");
    expect(sniffImageType(Buffer.from("GIF89a......"))).toBe("image/gif");
    expect(sniffImageType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImageType(Buffer.from("hello.jpg"))).toBeNull();
  });

  test("a stored image reads back byte for byte, to its own shop only", async () => {
    const a = await createShop(db);
    const b = await createShop(db);
    const saved = await saveUpload(db, { shopId: a.shopId, memberId: a.handler.id }, png);
    expect(saved.url).toBe(`/api/uploads/${saved.id}`);
    const back = await readUpload(db, a.shopId, saved.id);
    expect(back.contentType).toBe("image/png");
    expect(Buffer.compare(back.bytes, png)).toBe(0);
    // Another shop cannot tell it exists: the same answer as an id nobody has.
    const other = await domainError(readUpload(db, b.shopId, saved.id));
    const unknown = await domainError(readUpload(db, a.shopId, "00000000-0000-4000-8000-000000000000"));
    expect([other.code, other.message]).toEqual([unknown.code, unknown.message]);
    expect((await domainError(readUpload(db, a.shopId, "../../etc/passwd"))).code).toBe("NOT_FOUND");
  });

  test("empty, too big and non-image files are refused with a clear message and nothing is stored", async () => {
    const a = await createShop(db);
    const ctx = { shopId: a.shopId, memberId: a.handler.id };
    const cases: [Buffer, string][] = [
      [Buffer.alloc(0), "文件是空的"],
      [Buffer.concat([png, Buffer.alloc(uploadMaxBytes)]), "图片不能超过 5 MB"],
      [Buffer.from("%PDF-1.7"), "只能上传 JPG、PNG、GIF 或 WebP 图片"],
    ];
    for (const [bytes, message] of cases) {
      expect(await domainError(saveUpload(db, ctx, bytes))).toMatchObject({
        code: "INVALID_INPUT",
        message,
        details: { field: "file" },
      });
    }
    const rows = await db.execute(`select count(*)::int as n from uploads where shop_id = '${a.shopId}'`);
    expect(rows[0]).toEqual({ n: 0 });
  });

  test("evidence entries are uploads or http(s) links; anything else is refused by the input schema", () => {
    const ok = rejectInput.safeParse({
      ticketId: 1,
      version: 1,
      rejectReason: "已使用",
      evidence: ["/api/uploads/4b0e7a8e-58f3-4a7b-9a0e-6f1d2c3b4a5e", "https://img.example.com/a.jpg"],
    });
    expect(ok.success).toBe(true);
    for (const bad of ["javascript:alert(1)", "/api/uploads/../secret", "used.jpg"]) {
      const r = rejectInput.safeParse({ ticketId: 1, version: 1, rejectReason: "已使用", evidence: [bad] });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("凭证须为上传的图片或 http(s) 链接");
    }
    expect(approveInput.safeParse({ ticketId: 1, version: 1 }).success).toBe(true);
  });
});
