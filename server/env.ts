import { z } from "zod";

// Validated once at start-up: a missing or bad variable stops the process with one clear line.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  BETTER_AUTH_SECRET: z.string().min(16).default("shouhou-dev-secret-change-me-please"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  // Sandbox mode: the built-in platform plays buyers/carriers and /api/sandbox/* exists.
  SANDBOX: z.enum(["0", "1"]).default("1"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const line = `Invalid environment: ${issue?.path.join(".")}: ${issue?.message}`;
    console.error(line);
    throw new Error(line);
  }
  cached = parsed.data;
  return cached;
}
