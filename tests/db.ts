// A fresh, migrated database per test file (cloned from the template): real Postgres, no mocks.
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "../db/client";
import { TEMPLATE, withDb } from "./global-setup";

export async function useTestDb(): Promise<{ db: Db; sql: postgres.Sql; url: string }> {
  const adminUrl = inject("adminUrl");
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${TEMPLATE}`);
  const url = withDb(adminUrl, name);
  process.env.DATABASE_URL = url;
  const { db, sql } = createDb(url, 20);
  afterAll(async () => {
    await sql.end();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return { db, sql, url };
}
