// The fast path of the tRPC transformer writes exactly what superjson writes, and leaves the rest to it.
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { isoString, serializeAnswer } from "./trpc-wire";

const d1 = new Date("2026-11-26T02:00:00.000Z");
const d2 = new Date("2026-11-27T02:00:00.000Z");
const shared = { a: 1 };

const cases: [string, unknown][] = [
  [
    "a list page",
    { items: [{ id: 1, at: d1, due: null, tags: ["加急"], note: undefined }], nextCursor: null, now: d2 },
  ],
  ["nested dates in arrays", [[d1], { x: [d2, { y: d1 }] }]],
  ["keys with dots and backslashes", { "a.b": d1, "c\\d": { "e.f": d2 } }],
  ["a root date", d1],
  [
    "dates of every width",
    [new Date(0), new Date(-1), new Date("0999-12-31T23:59:59.999Z"), new Date("+010000-01-01T00:00:00.007Z")],
  ],
  ["a root undefined", undefined],
  ["plain json", { a: 1, b: "x", c: [true, false, null], d: {} }],
  ["an empty array", []],
  ["a null-prototype object", Object.assign(Object.create(null), { at: d1 })],
  ["a string", "hello"],
  // Left to superjson:
  ["a Map and a Set", { m: new Map([["k", d1]]), s: new Set([1]) }],
  ["a bigint", { n: 10n }],
  ["NaN, Infinity and -0", [Number.NaN, Number.POSITIVE_INFINITY, -0]],
  ["the same object twice", { x: shared, y: shared }],
  ["the same date twice", { x: d1, y: d1 }],
  ["an invalid date", { x: new Date("nope") }],
  ["an error", { e: new Error("boom") }],
];

describe("isoString", () => {
  it("writes what Date#toISOString writes", () => {
    for (let t = -2e12; t < 4e13; t += 7_777_777_777) expect(isoString(new Date(t))).toBe(new Date(t).toISOString());
  });
});

describe("serializeAnswer", () => {
  it.each(cases)("%s: same as superjson.serialize, and reads back", (_name, value) => {
    const fast = serializeAnswer(value);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(superjson.serialize(value)));
    expect(superjson.deserialize(JSON.parse(JSON.stringify(fast)))).toEqual(
      superjson.deserialize(JSON.parse(superjson.stringify(value))),
    );
  });
});
