// Plays a scenario through the same paths real work takes: platform events through the signed webhook ingest and
// the event processor, agent work through the action services, and the platform timers through the deadline
// worker — with the clock set to each step's time. The ticket script comes first, so the workbench fills early:
// today's open queue (the recent orders), then the 90 days of history, each in time order; then the orders
// without after-sales and the conversations, which no ticket depends on, in bulk. The queue may go first: no
// step touches another order's ticket, and a timer run applies only the deadlines due by its time; once the
// queue's part ends with the timers at the seed's end, none of its deadlines falls within history.
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

const TIMER_EVERY = 60 * 60_000;
/** Bulk events sent at once: the webhook's group commit stores each chunk with one INSERT. */
const BULK_CHUNK = 500;

export type SimStats = {
  events: number;
  actions: number;
  refused: number;
  failedEvents: number;
  timers: number;
  ms: { ingest: number; process: number; act: number; timers: number };
  refusals: Record<string, number>;
};
type EventStep = Extract<Scenario["steps"][number], { kind: "event" }>;

/** The two parts of playing `scenario`; `onStep` is told after every step played (for progress). */
export function scenarioPlayer(
  db: Db,
  shop: { id: string; connectorSecret: string },
  scenario: Scenario,
  agents: ActionMember[],
  end: number,
  onStep: () => void = () => {},
) {
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
  let seq = 0;
  const agentOf = (i: number) => agents[i % agents.length] as ActionMember;

  const send = (step: EventStep) => {
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
    return ingestEvent(db, shop.id, raw, signedHeaders(shop.connectorSecret, raw), new Date());
  };
  /** Applies `n` stored events, in order per order (the processor's rule), by one processor. */
  const drain = async (n: number) => {
    const r = await timed("process", () => processPendingEvents(db, { limit: n }));
    stats.events += r.processed;
    stats.failedEvents += r.failed;
  };
  const ticketOf = async (externalId: string) => {
    const [t] = await db
      .select({ id: tickets.id, version: tickets.version, endedAt: tickets.endedAt })
      .from(tickets)
      .where(and(eq(tickets.shopId, shop.id), eq(tickets.externalId, externalId)));
    return t;
  };

  /**
   * One part of the ticket script in time order: today's open queue or the history before it. Events between
   * two agent steps are stored one by one, then applied together.
   */
  async function playTickets(part: "today" | "history") {
    let lastTimers = 0;
    let pending = 0;
    const flush = async () => {
      if (pending === 0) return;
      await drain(pending);
      pending = 0;
    };
    for (const step of scenario.steps) {
      if ((step.kind === "event" && step.bulk) || !!step.today !== (part === "today")) continue;
      if (step.at - lastTimers >= TIMER_EVERY) {
        await flush();
        stats.timers += await timed("timers", () => applyDueDeadlines(db, { now: new Date(step.at), shopId: shop.id }));
        lastTimers = step.at;
      }
      if (step.kind === "event") {
        if (step.type === "rating.created") {
          // A rating only follows an ended ticket (the script is a plan; the rules decided how it went).
          await flush();
          const externalId = String(step.data.externalId);
          if (!(await ticketOf(externalIds.get(externalId) ?? externalId))?.endedAt) continue;
        }
        // One at a time: the store keeps the order they were sent in.
        await timed("ingest", () => send(step));
        pending++;
        onStep();
        continue;
      }
      await flush();
      await timed("act", () => act(step, new Date(step.at)));
      onStep();
    }
    await flush();
    stats.timers += await applyDueDeadlines(db, { now: new Date(end), shopId: shop.id });
  }

  async function act(step: Exclude<Scenario["steps"][number], EventStep>, now: Date) {
    const ctx = { shopId: shop.id, member: agentOf(step.agent), now };
    try {
      if (step.kind === "initiate") {
        const res = await runAction(db, ctx, "initiate_for_buyer", { orderId: step.orderId, ...step.input });
        externalIds.set(step.ticket, res.ticket.externalId);
      } else {
        const t = await ticketOf(externalIds.get(step.ticket) ?? step.ticket);
        if (!t) {
          stats.refused++;
          return;
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

  /**
   * Orders without after-sales and conversations: no ticket reads them, so they are stored many at a time. Wave k
   * holds the k-th event of every order and is applied before wave k+1 is sent, so each order's events still
   * arrive in their order.
   */
  async function playBulk() {
    const waves: EventStep[][] = [];
    const count = new Map<string, number>();
    for (const s of scenario.steps) {
      if (s.kind !== "event" || !s.bulk) continue;
      const k = count.get(s.orderId) ?? 0;
      count.set(s.orderId, k + 1);
      if (!waves[k]) waves[k] = [];
      waves[k].push(s);
    }
    for (const wave of waves) {
      for (let i = 0; i < wave.length; i += BULK_CHUNK) {
        const chunk = wave.slice(i, i + BULK_CHUNK);
        await timed("ingest", () => Promise.all(chunk.map(send)));
        await drain(chunk.length);
        for (const _ of chunk) onStep();
      }
    }
  }

  return { stats, playTickets, playBulk };
}

export async function simulate(
  db: Db,
  shop: { id: string; connectorSecret: string },
  scenario: Scenario,
  agents: ActionMember[],
  end: number,
): Promise<SimStats> {
  const player = scenarioPlayer(db, shop, scenario, agents, end);
  await player.playTickets("today");
  await player.playTickets("history");
  await player.playBulk();
  return player.stats;
}
