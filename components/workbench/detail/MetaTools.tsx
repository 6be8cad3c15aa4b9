"use client";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { rootCauses } from "@/server/tickets/domain";
import { messageMaxLength } from "@/server/tickets/vocabulary";
import { useTRPC } from "../../providers";
import { Button } from "../../ui/Button";
import { FormError, Input, Select, Textarea } from "../../ui/Field";
import { useToast } from "../../ui/Toast";
import { useWorkbenchMessages } from "../messages";
import { Section } from "./Facts";
import type { TicketActionRunner, TicketDetail } from "./useTicketAction";

/**
 * 指派, 标签, 注册记录 root cause, 备注 and 给买家发消息: open to every member (SPEC §1), shown while the rules allow
 * them.
 */
export function MetaTools({ detail, runner }: { detail: TicketDetail; runner: TicketActionRunner }) {
  const w = useWorkbenchMessages();
  const trpc = useTRPC();
  const toast = useToast();
  const members = useQuery(trpc.me.members.queryOptions());
  const me = useQuery(trpc.me.get.queryOptions());
  const [tag, setTag] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const t = detail.ticket;
  const allowed = (a: string) => detail.allowedActions.find((x) => x.action === a)?.allowed ?? false;
  const act = async (action: "assign" | "tag" | "note" | "message" | "classify", input: Record<string, unknown>) => {
    setError(null);
    const r = await runner.run(action, { version: t.version, ...input }, { quiet: true });
    if (r.ok) toast({ kind: "ok", title: action === "message" ? w.form.sent : w.toast.saved });
    else if (!r.conflict) setError(r.message);
    return r.ok;
  };
  const addTag = async (e: FormEvent) => {
    e.preventDefault();
    if (tag.trim() && (await act("tag", { add: [tag.trim()] }))) setTag("");
  };
  const addNote = async (e: FormEvent) => {
    e.preventDefault();
    if (await act("note", { text: note })) setNote("");
  };
  const sendMessage = async (e: FormEvent) => {
    e.preventDefault();
    if (await act("message", { text: message })) setMessage("");
  };
  const myId = me.data?.member?.id;
  return (
    <Section title={`${w.detail.assignee} · ${w.detail.tags} · ${w.detail.rootCause}`} testId="meta-tools">
      <div className="grid gap-2 sm:grid-cols-2">
        {allowed("assign") && (
          <div className="flex gap-2">
            <Select
              aria-label={w.form.assignTo}
              value={t.assigneeId ?? ""}
              onChange={(e) => act("assign", { assigneeId: e.target.value || null })}
            >
              <option value="">{w.filters.unassigned}</option>
              {members.data?.map((mb) => (
                <option key={mb.id} value={mb.id}>
                  {mb.displayName}
                </option>
              ))}
            </Select>
            {myId && t.assigneeId !== myId && (
              <Button size="md" onClick={() => act("assign", { assigneeId: myId })}>
                {w.form.assignMe}
              </Button>
            )}
          </div>
        )}
        {allowed("classify") && (
          <Select
            aria-label={w.detail.rootCause}
            value={t.rootCause ?? ""}
            onChange={(e) => act("classify", { rootCause: e.target.value || null })}
          >
            <option value="">{w.form.none}</option>
            {rootCauses.map((c) => (
              <option key={c} value={c}>
                {w.rootCause[c]}
              </option>
            ))}
          </Select>
        )}
      </div>
      {allowed("tag") && (
        <div className="flex flex-wrap items-center gap-1.5">
          {t.tags.map((g) => (
            <span key={g} className="inline-flex items-center gap-1 rounded-md bg-slate-100 py-0.5 pr-1 pl-2 text-xs">
              {g}
              <button
                type="button"
                className="rounded px-1 text-slate-400 hover:bg-slate-200 hover:text-slate-700"
                onClick={() => act("tag", { remove: [g] })}
                aria-label={`remove ${g}`}
              >
                ×
              </button>
            </span>
          ))}
          <form onSubmit={addTag} className="min-w-32 flex-1">
            <Input
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              placeholder={w.form.tagPlaceholder}
              aria-label={w.form.addTag}
              maxLength={16}
              className="py-1"
            />
          </form>
        </div>
      )}
      {allowed("note") && (
        <form onSubmit={addNote} className="flex items-end gap-2">
          <Textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={w.form.notePlaceholder}
            aria-label={w.form.note}
            rows={2}
            maxLength={500}
          />
          <Button type="submit" disabled={!note.trim() || runner.pending}>
            {w.form.save}
          </Button>
        </form>
      )}
      {allowed("message") && (
        <form onSubmit={sendMessage} className="flex items-end gap-2" data-testid="buyer-message">
          <Textarea
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            placeholder={w.form.buyerMessagePlaceholder}
            aria-label={w.form.buyerMessage}
            rows={2}
            maxLength={messageMaxLength}
          />
          <Button type="submit" disabled={!message.trim() || runner.pending}>
            {w.form.send}
          </Button>
        </form>
      )}
      <FormError message={error} />
    </Section>
  );
}
