// Sign-in is limited per client IP to 10 attempts a minute: an office behind one address is not locked out after
// three, and password guessing from one address is still stopped. Another address is not affected.
import { afterAll, expect, test } from "vitest";
import { useTestDb } from "../tests/db";

await useTestDb();
// The limit is on in production only (and off in the e2e run, AUTH_RATE_LIMIT=0): build this file's auth as production.
const g = globalThis as unknown as { __shouhouAuth?: unknown };
const nodeEnv = process.env.NODE_ENV;
Object.assign(process.env, { NODE_ENV: "production" });
g.__shouhouAuth = undefined;
const { auth, signInRateLimit } = await import("./auth");
afterAll(() => {
  Object.assign(process.env, { NODE_ENV: nodeEnv });
  g.__shouhouAuth = undefined;
});

const signIn = (ip: string) =>
  auth().handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify({ email: "nobody@example.com", password: "wrong-password-1" }),
    }),
  );

test("10 sign-in attempts a minute per IP, then 429; another IP still signs in", async () => {
  expect(signInRateLimit).toEqual({ window: 60, max: 10 });
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await signIn("203.0.113.7")).status);
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses[10]).toBe(429);
  expect((await signIn("203.0.113.8")).status).toBe(401);
});
