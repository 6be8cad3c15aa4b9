import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "../db/client";
import { account, session, user, verification } from "../db/schema";
import { env } from "./env";
import { passwordLength } from "./members/schemas";

/** Sign-in attempts allowed per client IP: `max` per `window` seconds. */
export const signInRateLimit = { window: 60, max: 10 };

// Email + password sign-in with sessions in Postgres (better-auth).
function createAuth() {
  const e = env();
  return betterAuth({
    database: drizzleAdapter(getDb(), { provider: "pg", schema: { user, session, account, verification } }),
    secret: e.BETTER_AUTH_SECRET,
    baseURL: e.APP_URL,
    trustedOrigins: [e.APP_URL],
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
    },
    session: {
      additionalFields: { activeShopId: { type: "string", required: false, input: false } },
    },
    telemetry: { enabled: false },
    // Sign-in attempts are limited per IP: 10 a minute lets an office behind one address sign in on a busy
    // morning and still stops password guessing (better-auth's own default, 3 per 10 s, locked offices out).
    // Off in the e2e run, which signs in dozens of times from one address (AUTH_RATE_LIMIT=0).
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== "0" && process.env.NODE_ENV === "production",
      customRules: { "/sign-in/*": signInRateLimit },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const g = globalThis as unknown as { __shouhouAuth?: Auth };
export function auth(): Auth {
  if (!g.__shouhouAuth) g.__shouhouAuth = createAuth();
  return g.__shouhouAuth;
}
