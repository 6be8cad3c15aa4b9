// 设置 → 时限与规则 strings in English (same shape as shop-rules.ts).
import type { ShopRulesMessages } from "./shop-rules";

export const shopRulesEn: ShopRulesMessages = {
  title: "Time limits and rules",
  hubHint: "The platform's time limits, reminders and the interception conditions",
  subtitle:
    "Each waiting state has one time limit; when it passes, the platform acts by its rules. The defaults are the platform's; adjust them to your shop.",
  appliesNote:
    "A change applies to deadlines that start after you save it. Tickets whose clock is already running keep their deadline.",
  readOnly: "You can view the time limits and rules. Changing them needs the owner or the settings permission.",
  loadError: "Could not load the time limits and rules",
  retry: "Retry",
  labels: {
    reviewMin: "Pending review",
    buyerShipMin: "Awaiting return",
    confirmReceiptMin: "Awaiting receipt",
    refusalRefundMin: "Refund after refusal",
    interceptionMin: "Interception requested",
    reissueMin: "Awaiting reissue",
    exchangeReshipMin: "Exchange reship",
    proxyConfirmMin: "Awaiting buyer confirmation",
    evidenceMin: "Evidence requested",
    aboutToTimeoutMin: "About to time out",
    awaitingWaybillMin: "No return waybill",
  },
  deadlines: {
    title: "Time limits",
    explain:
      "The clock starts when a ticket enters the state; if nobody acts in time, the platform does what the last column says.",
  },
  columns: {
    state: "State",
    who: "Who must act",
    limit: "Limit",
    when: "When it passes",
    platformDefault: "Platform default",
  },
  rows: {
    reviewMin: {
      who: "Merchant",
      start: "From the application; again when sent back to review",
      when: "Return and refund / exchange: approved, awaiting return; refund only: refunded",
    },
    buyerShipMin: {
      who: "Buyer (ships, submits the waybill)",
      start: "From the approval",
      when: "Ticket closed",
    },
    confirmReceiptMin: { who: "Merchant confirms receipt", start: "From the waybill submission", when: "Refunded" },
    refusalRefundMin: {
      who: "Merchant (contact carrier or buyer within 3 days, decide within 5)",
      start: "From agreeing to refund after refusal",
      when: "Refunded; also refunded as soon as logistics shows refused or returned",
    },
    interceptionMin: {
      who: "Carrier",
      start: "From the interception request",
      when: "Failed: back to pending review, with the failure noted",
    },
    reissueMin: {
      who: "Merchant provides the reissue waybill",
      start: "From the approval",
      when: "Counted as a late shipment and flagged",
    },
    exchangeReshipMin: {
      who: "Merchant ships the replacement",
      start: "From the receipt of the return",
      when: "Flagged late",
    },
    proxyConfirmMin: { who: "Buyer", start: "From the agent's request", when: "Expires; the agent must start again" },
    evidenceMin: { who: "Buyer", start: "From the evidence request", when: "Back to pending review" },
  },
  intervention: {
    state: "Platform intervention",
    who: "Platform",
    limit: "None",
    when: "The platform rules merchant or buyer responsibility, with a result",
  },
  thresholds: {
    title: "Reminders",
    explain:
      "When the workbench's quick filters start reminding. Lists and counts use a change within seconds; no deadline moves.",
    help: {
      aboutToTimeoutMin: "Tickets with less than this left before their limit appear under “About to time out”",
      awaitingWaybillMin: "Approved returns with no waybill after this long appear under “No return waybill”",
    },
  },
  interception: {
    title: "Interception conditions",
    explain:
      "A refund-only request after shipment can be intercepted only when every condition holds. These two are the shop's; the rest (carrier, amount under ¥500, one package…) depend on the order.",
    agreement: "Logistics interception agreement signed",
    agreementHelp: "The shop has signed the platform's interception service agreement; without it, no interception",
    crossBorder: "Cross-border shop",
    crossBorderHelp: "Cross-border shops cannot request interception",
  },
  units: { h: "hours", d: "days" },
  duration: { h: "{n} hours", d: "{n} days", h1: "1 hour", d1: "1 day" },
  assumption: "Assumption",
  assumptionHelp: "The platform's rules give no number here; this default is ours",
  limitLabel: "Limit of {label}",
  unitLabel: "Unit of the {label} limit",
  restore: "Restore default",
  restoreLabel: "Restore the default of {label} ({value})",
  yes: "Yes",
  no: "No",
  changed: "Changed, not saved",
  custom: "Adjusted",
  save: "Save",
  saving: "Saving…",
  discard: "Discard changes",
  pending: "{n} unsaved changes",
  saved: "Time limits and rules saved",
  staleRefresh: "Refresh to see the latest settings",
  errors: {
    NO_SETTINGS_PERMISSION: "Only the owner or a member with the settings permission can change the time limits",
    LIMIT_NOT_A_NUMBER: "“{label}”: enter a number (up to two decimals)",
    LIMIT_OUT_OF_RANGE: "“{label}” must be between {min} and {max}",
    WAYBILL_REMINDER_TOO_LONG:
      "“{label}” must be shorter than the buyer's return limit (now {buyerShip}), or tickets close before it reminds",
    SETTINGS_STALE:
      "Changed by someone else: another admin saved the time limits after you opened this page. Your changes were not saved; refresh and make them again.",
  },
};
