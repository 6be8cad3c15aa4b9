// What the Open API shows of a ticket's rules: codes with their text filled in (zh-CN, the product language), so
// an ERP can log or display why an action is not available without a copy of messages/rules.ts.
import type { ActionResult } from "../tickets/actions/context";
import { ruleText } from "../tickets/actions/context";
import type { TicketDetail } from "../tickets/detail";
import type { ApiScope } from "./keys";

const note = (code: Parameters<typeof ruleText>[0]) => ({ code, message: ruleText(code) });

export function presentDetail(d: TicketDetail, scope: ApiScope) {
  return {
    ...d,
    // A read-only key may not act, whatever the rules would allow its creator.
    allowedActions: d.allowedActions.map((a) =>
      scope !== "act"
        ? { action: a.action, allowed: false, message: "只读密钥不能操作售后单" }
        : a.allowed
          ? { action: a.action, allowed: true }
          : { ...a, message: a.code ? ruleText(a.code, a.params) : undefined },
    ),
    hints: d.hints.map(note),
    interception: {
      eligible: d.interception.eligible,
      conditions: d.interception.conditions.map((c) => ({ ...c, message: ruleText(c.code, c.params) })),
    },
  };
}

export function presentResult(r: ActionResult) {
  return { ticket: r.ticket, hints: r.hints.map(note) };
}
