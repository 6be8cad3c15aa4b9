// The demo shop's 90 days, written as a script of what buyers, carriers, the platform and agents do and when:
// orders (with a promotion peak), the after-sales flows of a third of them (flows.ts), today's open queue
// (recent.ts) and 客服会话. simulate.ts plays it through the sandbox platform and the action services.
import { buyerNick, type CatalogItem } from "./catalog";
import { type Flow, flowWeights, playFlow } from "./flows";
import { promotionPeak } from "./peak";
import { between, pick, type Rand, weighted } from "./random";
import { fitParcel, holdAt, itemFits, RECENT_SHARE, recentTargets } from "./recent";
import { carriers, D, H, iso, type ScriptOrder, type Step, ticketScript, waybill } from "./script";

export type { Step } from "./script";
export type Scenario = { steps: Step[]; orders: number; tickets: number };

/** One shop's script. `agents` are indexes into the shop's handling members. */
export function buildScenario(opts: {
  rand: Rand;
  shopKey: string;
  catalog: CatalogItem[];
  end: number;
  days: number;
  orders: number;
  ticketRatio: number;
  agents: number;
}): Scenario {
  const { rand: r, end } = opts;
  const start = end - opts.days * D;
  const peak = promotionPeak(end, opts.days);
  const steps: Step[] = [];
  const weights = opts.catalog.map((c) => [c, c.weight] as const);
  let tickets = 0;
  const buyers = Array.from({ length: Math.round(opts.orders * 0.7) }, (_, i) => ({
    id: `${opts.shopKey}_b${i + 1}`,
    nick: buyerNick(r, i + 1),
  }));

  for (let i = 0; i < opts.orders; i++) {
    // The last orders make today's queue: each stops at a chosen state (see recentTargets).
    const recent =
      i >= opts.orders - Math.round(opts.orders * RECENT_SHARE) ? recentTargets[i % recentTargets.length] : null;
    const limit = recent ? Number.POSITIVE_INFINITY : end;
    // Sales grow toward the end, with a promotion peak (双11 when it falls in the period).
    const u = Math.sqrt(r());
    let paidAt = start + u * (end - start - 2 * H);
    if (r() < 0.15) paidAt = Math.min(end - H, peak + between(r, 0, 20 * H));
    let item = weighted(r, weights);
    const buyer = pick(r, buyers);
    const qty = r() < 0.85 ? 1 : 2;
    while (recent && !itemFits(recent, item, qty)) item = weighted(r, weights);
    const orderId = `${opts.shopKey}${String(2611000000 + i * 7 + 13)}`;
    const drawnKind: string = item.isVirtual
      ? "e_voucher"
      : weighted(r, [
          ["standard", 90],
          ["cross_border", 3],
          ["auction", 2],
          ["coupon_pack", 3],
          ["local_life", 2],
        ] as const);
    const paidFen = item.priceFen * qty;
    const drawn = {
      kind: drawnKind,
      carrier: pick(r, carriers) as string,
      eWaybill: r() < 0.8,
      packages: r() < 0.95 ? 1 : 2,
    };
    const { kind, carrier, eWaybill, packages } = recent ? fitParcel(recent, drawn) : drawn;
    const firstStep = steps.length;
    steps.push({
      at: paidAt,
      kind: "event",
      orderId,
      type: "order.created",
      data: {
        order: {
          id: orderId,
          kind,
          paidFen,
          freeShipping: r() < 0.85,
          sevenDayEligible: !item.isFresh && !item.isVirtual,
          paidAt: iso(paidAt),
          promisedShipBy: iso(paidAt + 48 * H),
        },
        buyer,
        items: [
          {
            product: {
              id: `${opts.shopKey}_${item.id}`,
              title: item.title,
              category: item.category,
              isVirtual: !!item.isVirtual,
              isFresh: !!item.isFresh,
            },
            sku: {
              id: `${opts.shopKey}_${item.id}_${item.specs.indexOf(pick(r, item.specs))}`,
              spec: pick(r, item.specs),
              priceFen: item.priceFen,
            },
            qty,
            unitPriceFen: item.priceFen,
          },
        ],
      },
    });
    const markBulk = () => {
      for (let k = firstStep; k < steps.length; k++) {
        const st = steps[k];
        if (st?.kind === "event") st.bulk = true;
      }
    };
    if (item.isVirtual) {
      markBulk(); // delivered electronically
      continue;
    }

    // Forward logistics: most ship within 48 h; some late; a few never collected (not in today's queue, whose
    // states need a collected parcel, except 长时间未揽收).
    const wb = waybill(r, carrier);
    const shippedAt = paidAt + (r() < 0.9 ? between(r, 2 * H, 40 * H) : between(r, 49 * H, 80 * H));
    const collectedAt = shippedAt + (r() < 0.88 ? between(r, H, 20 * H) : between(r, 25 * H, 60 * H));
    const signedAt = collectedAt + between(r, 1.5 * D, 4 * D);
    const neverCollected = r() < 0.03;
    const hasTicket = r() < opts.ticketRatio;
    const flow: Flow | null = recent ? recent.flow : hasTicket ? weighted(r, flowWeights) : null;
    const order: ScriptOrder = {
      id: orderId,
      kind,
      item,
      paidFen,
      paidAt,
      carrier,
      waybill: wb,
      eWaybill,
      packages,
      shippedAt,
      collectedAt,
      signedAt,
      // 长时间未揽收 is about a parcel never collected; 丢件 about one that was.
      notCollected: flow === "not_collected" || (neverCollected && !recent && flow !== "lost_parcel"),
    };
    const script = ticketScript({
      r,
      steps,
      order,
      ticket: `${opts.shopKey}_AS${String(100000 + i)}`,
      agent: Math.floor(r() * opts.agents),
      limit,
      recent: !!recent,
    });
    if (!flow) {
      script.ship();
      if (!order.notCollected) script.delivered();
      markBulk();
      continue;
    }
    tickets++;
    playFlow(flow, script);
    if (recent) holdAt(steps, firstStep, recent, end - between(r, recent.lagH[0] * H, recent.lagH[1] * H));
  }
  // 客服会话 for the service metrics.
  for (let i = 0; i < Math.round(opts.orders / 2); i++) {
    const startedAt = start + r() * (end - start);
    const reply = r() < 0.8 ? between(r, 10_000, 170_000) : between(r, 200_000, 1_800_000);
    steps.push({
      at: startedAt,
      kind: "event",
      bulk: true,
      orderId: `${opts.shopKey}_conv_${i}`,
      type: "conversation.created",
      data: {
        id: `${opts.shopKey}_c${i}`,
        agentIndex: Math.floor(r() * opts.agents),
        startedAt: iso(startedAt),
        firstReplyAt: iso(startedAt + reply),
        ...(r() < 0.4
          ? {
              rating: weighted(r, [
                [5, 60],
                [4, 20],
                [3, 10],
                [2, 5],
                [1, 5],
              ] as const),
            }
          : {}),
      },
    });
  }
  steps.sort((a, b) => a.at - b.at);
  return { steps, orders: opts.orders, tickets };
}
