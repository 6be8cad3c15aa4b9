// What every action verb shares: who acts, input parsing, the rules' refusal → DomainError mapping, and
// `actOnTicket`, which evaluates the rules on the row read under the lock and applies the transition through
// changeTicket (one transaction: state, timeline event, refund row, outbox).
import type { z } from "zod";
import { ZodError } from "zod";
import type { DbOrTx, Tx } from "../../../db/client";
import type { members } from "../../../db/schema";
import { fmt } from "../../../messages";
import { ruleMessages } from "../../../messages/rules";
import { DomainError } from "../../errors";
import {
  type ActionInput,
  evaluateAction,
  interceptionEligibility,
  type Refusal,
  type RuleContext,
  type RuleCode,
  ruleCodes,
  type RuleParams,
  type TicketAction,
  type Transition,
} from "../rules";
import { type Actor, changeTicket, type Ticket, type TicketChange } from "../transition";
import { loadOrderAndShop, type OrderAndShop, ruleContextOf } from "./rule-context";

export type Member = typeof members.$inferSelect;
/** The acting member; verbs need only these fields (shopProcedure's ctx.member has them all). */
export type ActionMember = Pick<Member, "id" | "shopId" | "displayName" | "role" | "canHandleAfterSales">;
/** An actor other than the member, acting through the same verb: 售后助手 names itself and says why (SPEC §4). */
export type OnBehalf = { actor: Actor; why: string; data?: Record<string, unknown> };
export type ActionCtx = { shopId: string; member: ActionMember; now: Date; onBehalf?: OnBehalf };
/** The updated ticket and the rules to show the agent with the result (text in messages/rules.ts). */
export type ActionResult = { ticket: Ticket; hints: RuleCode[] };

export const agentActor = (m: ActionMember): Actor => ({ kind: "agent", id: m.id, name: m.displayName });

/** Human text for a rule code with its params filled (zh-CN, the product language). */
export function ruleText(code: RuleCode, params: RuleParams = {}): string {
  const text = fmt(ruleMessages["zh-CN"][code], params);
  // 物流拦截: name the failing condition (SPEC §4 "The UI says which condition fails").
  const condition = params.condition;
  if (typeof condition === "string" && (ruleCodes as readonly string[]).includes(condition)) {
    return `${text}：${fmt(ruleMessages["zh-CN"][condition as RuleCode], params)}`;
  }
  return text;
}

/** The refusal as a DomainError; with the rule context, a failing 物流拦截 condition brings its own params. */
export function refusalError(r: Refusal, rc?: RuleContext): DomainError {
  let params: RuleParams = r.params ?? {};
  if (rc && r.code === "INTERCEPTION_NOT_ELIGIBLE") {
    const failing = interceptionEligibility(rc.ticket, rc.order, rc.shop).conditions.find((c) => !c.pass);
    params = { ...failing?.params, ...params };
  }
  return new DomainError(r.code === "NO_PERMISSION" ? "FORBIDDEN" : "ACTION_NOT_ALLOWED", ruleText(r.code, params), {
    reason: r.code,
    params,
  });
}

/** Parses with the verb's schema; a bad input becomes INVALID_INPUT naming the field, and changes nothing. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  try {
    return schema.parse(input) as z.output<S>;
  } catch (e) {
    if (!(e instanceof ZodError)) throw e;
    const issue = e.issues[0];
    const field = issue?.path.join(".") ?? "";
    const custom = issue && !/^Invalid|^Too (big|small)|^Expected|^Unrecognized/i.test(issue.message);
    const message = custom && issue ? issue.message : `输入不正确：${field || "请求"}`;
    throw new DomainError("INVALID_INPUT", message, { field });
  }
}

/** The acting member must belong to the shop in context; a mis-wired caller learns nothing about tickets. */
export function assertShopMember(ctx: ActionCtx): void {
  if (ctx.member.shopId !== ctx.shopId) throw new DomainError("FORBIDDEN", ruleText("NOT_SHOP_MEMBER"));
}

/** What a verb adds to the rules' transition: its timeline words, column updates and the outbound action. */
export type VerbChange = Pick<TicketChange, "why" | "data" | "set" | "platformAction">;
export type VerbArgs = { ticket: Ticket; loaded: OrderAndShop; transition: Transition; tx: Tx };

/**
 * Locks the ticket, checks the version, evaluates `action` on the locked row (never on a pre-read copy), and
 * applies the rules' transition plus the verb's own change. A refusal throws and rolls everything back.
 */
export async function actOnTicket(
  db: DbOrTx,
  ctx: ActionCtx,
  ref: { ticketId: number; version: number },
  action: TicketAction,
  opts: { input?: ActionInput; change?: (a: VerbArgs) => VerbChange | Promise<VerbChange> } = {},
): Promise<ActionResult> {
  assertShopMember(ctx);
  let hints: RuleCode[] = [];
  const ticket = await changeTicket(
    db,
    {
      shopId: ctx.shopId,
      ticketId: ref.ticketId,
      expectedVersion: ref.version,
      actor: ctx.onBehalf?.actor ?? agentActor(ctx.member),
      now: ctx.now,
    },
    async (t, tx) => {
      const loaded = await loadOrderAndShop(tx, ctx.shopId, t.orderId);
      const rc = ruleContextOf(t, loaded, ctx.member, ctx.now);
      const decision = evaluateAction(action, rc, opts.input);
      if (!decision.ok) throw refusalError(decision, rc);
      hints = decision.hints;
      const tr = decision.transition;
      const extra = opts.change ? await opts.change({ ticket: t, loaded, transition: tr, tx }) : {};
      return {
        action,
        status: tr.to,
        deadline: tr.deadline,
        refundFen: tr.refundFen,
        why: extra.why ?? ctx.onBehalf?.why,
        data: { ...ctx.onBehalf?.data, ...extra.data, ...(hints.length ? { hints } : {}) },
        platformAction: extra.platformAction,
        set: {
          ...(tr.lateFlag ? { lateFlag: true } : {}),
          ...(tr.evidenceRequested ? { evidenceRequested: true } : {}),
          ...(tr.interceptionFailed ? { interceptionFailed: true } : {}),
          ...extra.set,
        },
      };
    },
  );
  return { ticket, hints };
}
