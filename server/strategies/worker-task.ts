// The 售后助手 task of the background worker (scripts/worker.ts). Each tick, per shop with a strategy on:
// - a full sweep when a strategy was turned on or edited, and every `sweepEveryMs` of app time (catches tickets that
//   changed: a new version, a forward-logistics move), resumed tick after tick until it finds nothing;
// - otherwise the cheap probes: tickets created since the last look, and waiting runs that came due.
// The sweep costs ~0.4 s on a shop with 49,000 tickets in 待商家处理 (1,000,000-ticket benchmark), so it runs every
// 30 s, not every second; new tickets and due delays are judged within a tick. Several workers may run this: each
// ticket is evaluated under its row lock with a re-check, so overlapping probes never act twice.
import type { Db } from "../../db/client";
import {
  dueTicketsToEvaluate,
  enabledStrategies,
  evaluateTickets,
  maxTicketId,
  newTicketsToEvaluate,
  ticketsToEvaluate,
} from "./evaluate-pending";

type ShopState = { key: string; sweptAt: number | null; sweepFrom: number; ticketCursor: number; dueFrom: Date };
/** Longest delay a strategy may have (maxDelayMin) plus slack: how far back a fresh worker looks for due runs. */
const dueLookBackMs = 48 * 3_600_000;

export function strategyWorkerTask(
  db: Db,
  opts: { sweepEveryMs?: number; batchSize?: number; cursorLookBack?: number } = {},
) {
  const sweepEveryMs = opts.sweepEveryMs ?? 30_000;
  // Tickets are numbered when inserted but may commit out of order: the new-ticket probe looks back this far.
  const cursorLookBack = opts.cursorLookBack ?? 500;
  const batch = opts.batchSize ?? 100;
  const shops = new Map<string, ShopState>();
  return async function evaluateStrategies(now: Date): Promise<number> {
    const enabled = await enabledStrategies(db);
    let evaluated = 0;
    for (const [shopId, on] of enabled) {
      // Turning a strategy on or editing it changes this key: the pending tickets are swept at once.
      const key = on.map((s) => `${s.id}:${s.version}`).join(";");
      let st = shops.get(shopId);
      if (!st) {
        st = {
          key: "",
          sweptAt: null,
          sweepFrom: 0,
          ticketCursor: 0,
          dueFrom: new Date(now.getTime() - dueLookBackMs),
        };
        shops.set(shopId, st);
      }
      const sweepDue = st.key !== key || st.sweptAt === null || now.getTime() - st.sweptAt >= sweepEveryMs;
      if (sweepDue) {
        // Tickets up to this id are covered by the sweep; the new-ticket probe starts after it.
        if (st.sweepFrom === 0) st.sweepFrom = await maxTicketId(db);
        const found = await ticketsToEvaluate(db, shopId, on, now, batch);
        evaluated += await evaluateTickets(db, shopId, found, now);
        if (found.length < batch) {
          st.key = key;
          st.sweptAt = now.getTime();
          st.ticketCursor = Math.max(st.ticketCursor, st.sweepFrom - cursorLookBack);
          st.sweepFrom = 0;
          st.dueFrom = now;
        }
        continue;
      }
      const fresh = await newTicketsToEvaluate(db, shopId, on, st.ticketCursor, now, batch);
      const due = await dueTicketsToEvaluate(db, shopId, st.dueFrom, now, batch);
      const ticketIds = [...new Set([...fresh, ...due])];
      evaluated += await evaluateTickets(db, shopId, ticketIds, now);
      if (due.length < batch) st.dueFrom = now;
      if (fresh.length < batch) st.ticketCursor = Math.max(st.ticketCursor, (await maxTicketId(db)) - cursorLookBack);
    }
    for (const shopId of shops.keys()) if (!enabled.has(shopId)) shops.delete(shopId);
    return evaluated;
  };
}
