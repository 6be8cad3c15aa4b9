// One entry point by action name, for the REST API and batch work: each verb parses its own input, so a caller
// can pass the request body as is.
import type { DbOrTx } from "../../../db/client";
import { DomainError } from "../../errors";
import { agreeRefusalRefund } from "./agree-refusal-refund";
import { approve } from "./approve";
import { assign } from "./assign";
import { cancelProxy } from "./cancel-proxy";
import { classify } from "./classify";
import { confirmReceipt } from "./confirm-receipt";
import type { ActionCtx, ActionResult } from "./context";
import { initiateForBuyer } from "./initiate-for-buyer";
import { message, note } from "./note";
import { provideReissueWaybill } from "./provide-reissue-waybill";
import { refund } from "./refund";
import { reject } from "./reject";
import { requestEvidence } from "./request-evidence";
import { requestInterception } from "./request-interception";
import { shipExchange } from "./ship-exchange";
import { tag } from "./tag";
import { uploadReturnWaybill } from "./upload-return-waybill";

type Verb = (db: DbOrTx, ctx: ActionCtx, input: never) => Promise<ActionResult>;

/** Every action verb by its name (the rules' TicketAction names, plus initiate_for_buyer). */
export const actionVerbs = {
  approve,
  reject,
  refund,
  request_evidence: requestEvidence,
  confirm_receipt: confirmReceipt,
  upload_return_waybill: uploadReturnWaybill,
  request_interception: requestInterception,
  agree_refusal_refund: agreeRefusalRefund,
  provide_reissue_waybill: provideReissueWaybill,
  ship_exchange: shipExchange,
  initiate_for_buyer: initiateForBuyer,
  cancel_proxy: cancelProxy,
  assign,
  tag,
  note,
  message,
  classify,
} satisfies Record<string, Verb>;
export type ActionName = keyof typeof actionVerbs;
export const actionNames = Object.keys(actionVerbs) as ActionName[];

export const isActionName = (s: string): s is ActionName => Object.hasOwn(actionVerbs, s);

/** Runs one verb by name; the input is validated by the verb's own schema. */
export async function runAction(db: DbOrTx, ctx: ActionCtx, action: string, input: unknown): Promise<ActionResult> {
  if (!isActionName(action)) throw new DomainError("INVALID_INPUT", `未知的操作：${action}`, { field: "action" });
  const verb = actionVerbs[action] as (db: DbOrTx, ctx: ActionCtx, input: unknown) => Promise<ActionResult>;
  return verb(db, ctx, input);
}
