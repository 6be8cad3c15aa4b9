// The fast path of the tRPC transformer writes exactly what superjson writes, and leaves the rest to it.
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { serializeAnswer } from "./trpc-wire";

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

describe("serializeAnswer", () => {
  it.each(cases)("%s: same as superjson.serialize, and reads back", (_name, value) => {
    const fast = serializeAnswer(value);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(superjson.serialize(value)));
    expect(superjson.deserialize(JSON.parse(JSON.stringify(fast)))).toEqual(
      superjson.deserialize(JSON.parse(superjson.stringify(value))),
    );
  });
});
