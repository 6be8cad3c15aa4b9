// Integration tests run against a real PostgreSQL: the embedded server in a throw-away folder,
// or TEST_DATABASE_ADMIN_URL when given. A migrated template database is cloned per test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { runMigrations } from "../db/migrate";
import { startEmbeddedPostgres } from "../scripts/postgres";

export const TEMPLATE = "shouhou_test_template";

export default async function setup({ provide }: { provide: (k: string, v: string) => void }) {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), "shouhou-test-pg-"));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const pg = await startEmbeddedPostgres({ dir, port, database: "postgres", persistent: false });
    adminUrl = pg.url;
    stop = pg.stop;
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${TEMPLATE} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE}`);
  await admin.end();
  await runMigrations(withDb(adminUrl, TEMPLATE));
  process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
  provide("adminUrl", adminUrl);
  return async () => {
    await stop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

export function withDb(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
