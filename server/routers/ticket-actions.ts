// Ticket detail and every action verb (SPEC §4). Thin: parse with the verb's schema, call the verb, return.
// The shop and member come from the session (shopProcedure), never from the client.
import { agreeRefusalRefund } from "../tickets/actions/agree-refusal-refund";
import { approve } from "../tickets/actions/approve";
import { assign } from "../tickets/actions/assign";
import { batchAction } from "../tickets/actions/batch";
import { cancelProxy } from "../tickets/actions/cancel-proxy";
import { classify } from "../tickets/actions/classify";
import { confirmReceipt } from "../tickets/actions/confirm-receipt";
import { initiateForBuyer } from "../tickets/actions/initiate-for-buyer";
import { message, note } from "../tickets/actions/note";
import { provideReissueWaybill } from "../tickets/actions/provide-reissue-waybill";
import { refund } from "../tickets/actions/refund";
import { reject } from "../tickets/actions/reject";
import { requestEvidence } from "../tickets/actions/request-evidence";
import { requestInterception } from "../tickets/actions/request-interception";
import * as s from "../tickets/actions/schemas";
import { shipExchange } from "../tickets/actions/ship-exchange";
import { tag } from "../tickets/actions/tag";
import { uploadReturnWaybill } from "../tickets/actions/upload-return-waybill";
import { getTicketDetail } from "../tickets/detail";
import { ticketIdInput } from "../tickets/schemas";
import { router, shopProcedure } from "../trpc";

export const ticketActionsRouter = router({
  detail: shopProcedure.input(ticketIdInput).query(({ ctx, input }) => getTicketDetail(ctx.db, ctx, input.ticketId)),
  approve: shopProcedure.input(s.approveInput).mutation(({ ctx, input }) => approve(ctx.db, ctx, input)),
  reject: shopProcedure.input(s.rejectInput).mutation(({ ctx, input }) => reject(ctx.db, ctx, input)),
  refund: shopProcedure.input(s.refundInput).mutation(({ ctx, input }) => refund(ctx.db, ctx, input)),
  requestEvidence: shopProcedure
    .input(s.requestEvidenceInput)
    .mutation(({ ctx, input }) => requestEvidence(ctx.db, ctx, input)),
  confirmReceipt: shopProcedure
    .input(s.confirmReceiptInput)
    .mutation(({ ctx, input }) => confirmReceipt(ctx.db, ctx, input)),
  uploadReturnWaybill: shopProcedure
    .input(s.uploadReturnWaybillInput)
    .mutation(({ ctx, input }) => uploadReturnWaybill(ctx.db, ctx, input)),
  requestInterception: shopProcedure
    .input(s.requestInterceptionInput)
    .mutation(({ ctx, input }) => requestInterception(ctx.db, ctx, input)),
  agreeRefusalRefund: shopProcedure
    .input(s.agreeRefusalRefundInput)
    .mutation(({ ctx, input }) => agreeRefusalRefund(ctx.db, ctx, input)),
  provideReissueWaybill: shopProcedure
    .input(s.provideReissueWaybillInput)
    .mutation(({ ctx, input }) => provideReissueWaybill(ctx.db, ctx, input)),
  shipExchange: shopProcedure.input(s.shipExchangeInput).mutation(({ ctx, input }) => shipExchange(ctx.db, ctx, input)),
  initiateForBuyer: shopProcedure
    .input(s.initiateForBuyerInput)
    .mutation(({ ctx, input }) => initiateForBuyer(ctx.db, ctx, input)),
  cancelProxy: shopProcedure.input(s.cancelProxyInput).mutation(({ ctx, input }) => cancelProxy(ctx.db, ctx, input)),
  assign: shopProcedure.input(s.assignInput).mutation(({ ctx, input }) => assign(ctx.db, ctx, input)),
  tag: shopProcedure.input(s.tagInput).mutation(({ ctx, input }) => tag(ctx.db, ctx, input)),
  note: shopProcedure.input(s.noteInput).mutation(({ ctx, input }) => note(ctx.db, ctx, input)),
  message: shopProcedure.input(s.messageInput).mutation(({ ctx, input }) => message(ctx.db, ctx, input)),
  classify: shopProcedure.input(s.classifyInput).mutation(({ ctx, input }) => classify(ctx.db, ctx, input)),
  batch: shopProcedure.input(s.batchInput).mutation(({ ctx, input }) => batchAction(ctx.db, ctx, input)),
});
