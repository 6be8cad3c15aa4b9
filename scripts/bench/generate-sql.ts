// Shared pieces of the bench generator's SQL (generate.ts, generate-tickets.ts).

/** Agents per shop besides the owner (客服 chart, 处理客服 breakdown). */
export const AGENTS = 6;
/** Paid orders per ticket: the after-sales rate is then about one order in three. */
export const ORDERS_PER_TICKET = 3;

/** h(g, k): a deterministic pseudo-random non-negative integer for row g and stream k. */
export const h = (g: string, k: number) => `abs(hashint8((${g})::bigint * 7919 + ${k}))`;
/** The SQL of the id of agent number `expr` (0 … AGENTS-1) of shop `s`. */
export const agentSql = (s: string, expr: string) => `'${s}_agent_' || (${expr})`;
/** An interval of `expr` minutes. */
export const mins = (expr: string) => `make_interval(mins => (${expr})::int)`;
