import { expect, test } from "vitest";
import { sign, signedHeaders, verify } from "./signature";

test("hex HMAC-SHA256 of timestamp, a dot and the raw body", () => {
  // openssl: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac s3cret
  expect(sign("s3cret", 1700000000, '{"a":1}')).toBe(
    "1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940",
  );
  expect(sign("s3cret", 1700000000, '{"a":1}')).toBe(sign("s3cret", "1700000000", '{"a":1}'));
});

test("verify accepts the right signature only", () => {
  const s = sign("k", 1, "body");
  expect(verify("k", 1, "body", s)).toBe(true);
  expect(verify("k", 1, "body", s.toUpperCase())).toBe(true);
  expect(verify("other", 1, "body", s)).toBe(false);
  expect(verify("k", 2, "body", s)).toBe(false);
  expect(verify("k", 1, "body ", s)).toBe(false);
  expect(verify("k", 1, "body", s.slice(0, 63))).toBe(false);
  expect(verify("k", 1, "body", "")).toBe(false);
  expect(verify("k", 1, "body", `${s}00`)).toBe(false);
});

test("signedHeaders uses unix seconds", () => {
  const h = signedHeaders("k", "x", new Date("2025-01-01T00:00:09.999Z"));
  expect(h["x-platform-timestamp"]).toBe("1735689609");
  expect(verify("k", 1735689609, "x", h["x-platform-signature"] ?? "")).toBe(true);
});
