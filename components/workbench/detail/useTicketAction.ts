"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useCallback, useState } from "react";
import { fmt } from "@/messages/locale";
import type { AppRouter } from "@/server/routers/_app";
import type { TicketAction } from "@/server/tickets/rules";
import { useI18n, useTRPC } from "../../providers";
import { useToast } from "../../ui/Toast";
import { useWorkbenchMessages } from "../messages";
import { ruleText } from "./rule-text";

export type TicketDetail = inferRouterOutputs<AppRouter>["actions"]["detail"];
type ActionOut = inferRouterOutputs<AppRouter>["actions"]["approve"];

/** Rule action name → its tRPC procedure (server/routers/ticket-actions.ts). */
const procedureOf = {
  approve: "approve",
  reject: "reject",
  refund: "refund",
  request_evidence: "requestEvidence",
  confirm_receipt: "confirmReceipt",
  upload_return_waybill: "uploadReturnWaybill",
  request_interception: "requestInterception",
  agree_refusal_refund: "agreeRefusalRefund",
  provide_reissue_waybill: "provideReissueWaybill",
  ship_exchange: "shipExchange",
  cancel_proxy: "cancelProxy",
  assign: "assign",
  tag: "tag",
  note: "note",
  message: "message",
  classify: "classify",
} as const satisfies Record<TicketAction, string>;

export type RunResult = { ok: true } | { ok: false; conflict: boolean; message: string };
type ClientError = { message: string; data?: { domainCode?: string } | null };

/**
 * Runs one action verb on the open ticket with the version the agent was shown. Afterwards the list, the live
 * counts and the detail are refreshed; a stale version (TICKET_VERSION_CONFLICT) shows who acted and reloads.
 */
export function useTicketAction(ticketId: number) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const { locale } = useI18n();
  const w = useWorkbenchMessages();
  const [conflict, setConflict] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ action, input }: { action: TicketAction; input: Record<string, unknown> }) => {
      const opts = trpc.actions[procedureOf[action]].mutationOptions();
      const call = opts.mutationFn as ((input: unknown, ctx: never) => Promise<ActionOut>) | undefined;
      if (!call) throw new Error("mutation unavailable");
      return call({ ...input, ticketId }, undefined as never);
    },
  });
  // The detail is awaited (it shows the outcome); the list and the counts follow in the background.
  const refresh = useCallback(() => {
    void qc.invalidateQueries({ queryKey: trpc.tickets.pathKey() });
    return qc.invalidateQueries({ queryKey: trpc.actions.detail.queryKey({ ticketId }) });
  }, [qc, trpc, ticketId]);
  const run = useCallback(
    async (
      action: TicketAction,
      input: Record<string, unknown>,
      opts: { quiet?: boolean } = {},
    ): Promise<RunResult> => {
      try {
        const res = await mutation.mutateAsync({ action, input });
        setConflict(null);
        if (!opts.quiet) {
          toast({
            kind: "ok",
            title: fmt(w.toast.done, { action: w.actions[action] }),
            lines: res.hints.map((h) => ruleText(locale, h)),
          });
        }
        await refresh();
        return { ok: true };
      } catch (e) {
        const err = e as ClientError;
        if (err.data?.domainCode === "TICKET_VERSION_CONFLICT") {
          setConflict(err.message);
          await refresh();
          return { ok: false, conflict: true, message: err.message };
        }
        return { ok: false, conflict: false, message: err.message };
      }
    },
    [mutation, toast, w, locale, refresh],
  );
  return { run, pending: mutation.isPending, conflict, clearConflict: () => setConflict(null) };
}
export type TicketActionRunner = ReturnType<typeof useTicketAction>;
