// Plays a scenario in time order through the same paths real work takes: platform events through
// the signed webhook ingest and the event processor, agent work through the action services, and
// the platform timers through the deadline worker — with the clock set to each step's time.
import { and, eq } from "drizzle-orm";
import { ingestEvent } from "../../server/platform/ingest";
import { processPendingEvents } from "../../server/platform/process";
import { signedHeaders } from "../../server/platform/signature";
import type { ActionMember } from "../../server/tickets/actions/context";
import { runAction } from "../../server/tickets/actions/run";
import { applyDueDeadlines } from "../../server/timers/apply-due";
import type { Db } from "../client";
import { tickets } from "../schema";
import type { Scenario } from "./scenario";

async function hasEnded(db: Db, shopId: string, externalId: string) {
  const [t] = await db
    .select({ endedAt: tickets.endedAt })
    .from(tickets)
    .where(and(eq(tickets.shopId, shopId), eq(tickets.externalId, externalId)));
  return !!t?.endedAt;
}

const TIMER_EVERY = 60 * 60_000;

export type SimStats = {
  events: number;
  actions: number;
  refused: number;
  failedEvents: number;
  timers: number;
  ms: { ingest: number; process: number; act: number; timers: number };
  refusals: Record<string, number>;
};

export async function simulate(
  db: Db,
  shop: { id: string; connectorSecret: string },
  scenario: Scenario,
  agents: ActionMember[],
  end: number,
): Promise<SimStats> {
  const stats: SimStats = {
    events: 0,
    actions: 0,
    refused: 0,
    failedEvents: 0,
    timers: 0,
    ms: { ingest: 0, process: 0, act: 0, timers: 0 },
    refusals: {},
  };
  const timed = async <T>(k: keyof SimStats["ms"], f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      stats.ms[k] += performance.now() - t;
    }
  };
  const externalIds = new Map<string, string>(); // 代客发起 tickets get their id from the service
  let lastTimers = 0;
  let seq = 0;
  const agentOf = (i: number) => agents[i % agents.length] as ActionMember;

  const send = async (step: Extract<Scenario["steps"][number], { kind: "event" }>) => {
    const data: Record<string, unknown> = { ...step.data };
    if (typeof data.externalId === "string") data.externalId = externalIds.get(data.externalId) ?? data.externalId;
    if (step.type === "conversation.created") {
      data.agentMemberId = agentOf(Number(data.agentIndex)).id;
      delete data.agentIndex;
    }
    const raw = JSON.stringify({
      id: `evt_${shop.id}_${++seq}`,
      shopId: shop.id,
      type: step.type,
      occurredAt: new Date(step.at).toISOString(),
      data,
    });
    await timed("ingest", () => ingestEvent(db, shop.id, raw, signedHeaders(shop.connectorSecret, raw), new Date()));
  };
  const drain = async (lanes: number, limit = 1_000_000) => {
    const results = await timed("process", () =>
      Promise.all(Array.from({ length: lanes }, () => processPendingEvents(db, { limit }))),
    );
    for (const r of results) {
      stats.events += r.processed;
      stats.failedEvents += r.failed;
    }
  };

  // Orders with no after-sales and conversations first, applied by parallel processors.
  for (const step of scenario.steps) if (step.kind === "event" && step.bulk) await send(step);
  await drain(3);

  for (const step of scenario.steps) {
    if (step.kind === "event" && step.bulk) continue;
    if (step.at - lastTimers >= TIMER_EVERY) {
      stats.timers += await timed("timers", () => applyDueDeadlines(db, { now: new Date(step.at), shopId: shop.id }));
      lastTimers = step.at;
    }
    const now = new Date(step.at);
    if (step.kind === "event") {
      if (step.type === "rating.created" && !(await hasEnded(db, shop.id, String(step.data.externalId)))) continue;
      await send(step);
      await drain(1, 1); // exactly the one event just sent is pending

      continue;
    }
    const ctx = { shopId: shop.id, member: agentOf(step.agent), now };
    try {
      if (step.kind === "initiate") {
        const res = await runAction(db, ctx, "initiate_for_buyer", { orderId: step.orderId, ...step.input });
        externalIds.set(step.ticket, res.ticket.externalId);
      } else {
        const externalId = externalIds.get(step.ticket) ?? step.ticket;
        const [t] = await db
          .select({ id: tickets.id, version: tickets.version })
          .from(tickets)
          .where(and(eq(tickets.shopId, shop.id), eq(tickets.externalId, externalId)));
        if (!t) {
          stats.refused++;
          continue;
        }
        await runAction(db, ctx, step.action, { ticketId: t.id, version: t.version, ...step.input });
      }
      stats.actions++;
    } catch (e) {
      // The script is a plan; the rules have the last word (e.g. a timer acted first).
      stats.refused++;
      const key = `${step.kind === "act" ? step.action : "initiate"}: ${(e as { details?: { reason?: string } }).details?.reason ?? (e as Error).message}`;
      stats.refusals[key] = (stats.refusals[key] ?? 0) + 1;
    }
  }
  await drain(1);
  stats.timers += await applyDueDeadlines(db, { now: new Date(end), shopId: shop.id });
  return stats;
}
