import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "../db/client";
import { account, session, user, verification } from "../db/schema";
import { env } from "./env";

// Email + password sign-in with sessions in Postgres (better-auth).
function createAuth() {
  const e = env();
  return betterAuth({
    database: drizzleAdapter(getDb(), { provider: "pg", schema: { user, session, account, verification } }),
    secret: e.BETTER_AUTH_SECRET,
    baseURL: e.APP_URL,
    trustedOrigins: [e.APP_URL],
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: 8 },
    session: {
      additionalFields: { activeShopId: { type: "string", required: false, input: false } },
    },
    telemetry: { enabled: false },
    // Sign-in attempts are rate-limited per IP; the e2e run signs in dozens of times from one address.
    rateLimit: { enabled: process.env.AUTH_RATE_LIMIT !== "0" && process.env.NODE_ENV === "production" },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const g = globalThis as unknown as { __shouhouAuth?: Auth };
export function auth(): Auth {
  if (!g.__shouhouAuth) g.__shouhouAuth = createAuth();
  return g.__shouhouAuth;
}
