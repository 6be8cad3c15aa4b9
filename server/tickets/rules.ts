// Pure after-sales lifecycle rules (SPEC §3–§4): the state machine, platform timers, 物流拦截 eligibility,
// 代客发起 and the hints shown at the moment of action. No I/O, no clock: time comes in as `now`.
// Human text for every code is in messages/rules.ts.
export { allowedActions, evaluateAction, rejectReasonMaxLength } from "./rules-actions";
export type { DeadlineRule, TimerOutcome } from "./rules-deadlines";
export {
  approvalTransition,
  deadlineRules,
  onDeadline,
  onLogisticsRefused,
  receiptTransition,
  returnShippedTransition,
  reviewDeadline,
} from "./rules-deadlines";
export { actionHints, noCollectionHintMin, reasonsNeedingProof, ruleHints } from "./rules-hints";
export type { InterceptionCondition, InterceptionEligibility } from "./rules-interception";
export {
  interceptionCarriers,
  interceptionEligibility,
  interceptionMaxFenExclusive,
  refusalRefundParcelCheck,
} from "./rules-interception";
export type { ProxyInput } from "./rules-proxy";
export {
  onProxyConfirmed,
  proxyConfirmDeadline,
  proxyConfirmOutcome,
  proxyInitiation,
  proxyOrderKinds,
  proxyTicketTypes,
} from "./rules-proxy";
export type {
  ActionAvailability,
  ActionInput,
  Deadline,
  DeadlineChange,
  Decision,
  Refusal,
  RuleCode,
  RuleContext,
  RuleMember,
  RuleOrder,
  RuleParams,
  RuleShop,
  RuleTicket,
  TicketAction,
  Transition,
} from "./rules-types";
export {
  canHandleAfterSales,
  deadlineIn,
  isDue,
  isInTransitToBuyer,
  isParcelReturning,
  isShipped,
  ruleCodes,
  ticketActions,
} from "./rules-types";
