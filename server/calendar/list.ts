// The shop's holiday calendar and 报备 filings, newest first, with who filed.
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { filings, holidays, members } from "../../db/schema";

export async function listCalendar(db: DbOrTx, ctx: { shopId: string }) {
  const [hs, fs] = await Promise.all([
    db.select().from(holidays).where(eq(holidays.shopId, ctx.shopId)).orderBy(desc(holidays.startsOn)),
    db
      .select({ filing: filings, createdByName: members.displayName })
      .from(filings)
      .leftJoin(members, eq(members.id, filings.createdBy))
      .where(eq(filings.shopId, ctx.shopId))
      .orderBy(desc(filings.createdAt)),
  ]);
  return {
    holidays: hs,
    filings: fs.map((f) => ({ ...f.filing, orderIds: f.filing.orderIds ?? [], createdByName: f.createdByName })),
  };
}
