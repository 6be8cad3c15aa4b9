"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { dateTime } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, FormError, Input } from "@/components/ui/Field";
import { LoadError } from "@/components/ui/LoadError";
import { apiMessages } from "@/messages/api";
import { fmt } from "@/messages/locale";
import { apiScopes } from "@/server/api/scopes";
import { errorText, SecretBox, Section } from "./shared";

type Created = { name: string; key: string };

export function KeysSection() {
  const { locale } = useI18n();
  const t = apiMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const keys = useQuery(trpc.apiSettings.keys.queryOptions());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.apiSettings.keys.queryKey() });
  const revoke = useMutation(
    trpc.apiSettings.revokeKey.mutationOptions({
      onSuccess: () => {
        setRevoking(null);
        refresh();
      },
    }),
  );
  return (
    <Section
      title={t.keys.title}
      explain={t.keys.explain}
      action={
        <Button variant="primary" onClick={() => setCreating(true)} data-testid="create-key">
          {t.keys.create}
        </Button>
      }
    >
      {keys.isPending && <div className="h-16 animate-pulse rounded-lg bg-slate-100" aria-busy />}
      {keys.isError && (
        <LoadError title={t.loadError} message={errorText(keys.error)} retry={t.retry} onRetry={() => keys.refetch()} />
      )}
      {keys.data?.length === 0 && <p className="text-sm text-slate-500">{t.keys.empty}</p>}
      <ul className="divide-y divide-slate-100">
        {keys.data?.map((k) => (
          <li key={k.id} data-testid="api-key" className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{k.name}</span>
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                  {t.keys.scopes[k.scope]}
                </span>
                {k.revokedAt ? (
                  <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-700">{t.keys.revoked}</span>
                ) : (
                  <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-700">{t.keys.active}</span>
                )}
              </p>
              <p className="text-xs text-slate-500">
                <code className="font-mono">{k.prefix}…</code> ·{" "}
                {fmt(t.keys.createdBy, { name: k.createdByName ?? "—", time: dateTime(k.createdAt) })} ·{" "}
                {t.keys.lastUsed} {k.lastUsedAt ? dateTime(k.lastUsedAt) : t.never}
                {k.revokedAt && <> · {fmt(t.keys.revokedAt, { time: dateTime(k.revokedAt) })}</>}
              </p>
            </div>
            {!k.revokedAt && (
              <Button size="sm" variant="danger" onClick={() => setRevoking({ id: k.id, name: k.name })}>
                {t.keys.revoke}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <CreateKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setCreated(c);
          refresh();
        }}
      />
      <Dialog
        open={created !== null}
        onClose={() => setCreated(null)}
        title={t.keys.createdTitle}
        testId="key-created"
        wide
        footer={
          <Button variant="primary" onClick={() => setCreated(null)} data-autofocus>
            {t.done}
          </Button>
        }
      >
        {created && (
          <div className="space-y-3 text-sm">
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-800">{t.keys.createdWarn}</p>
            <SecretBox value={created.key} testId="new-key" />
            <p className="text-slate-600">{t.keys.tryIt}</p>
            <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 font-mono text-xs">
              {`curl -H "Authorization: Bearer ${created.key}" \\\n  "${typeof window === "undefined" ? "" : window.location.origin}/api/v1/tickets?quick=pendingReview&limit=5"`}
            </pre>
          </div>
        )}
      </Dialog>
      <Dialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={fmt(t.keys.revokeTitle, { name: revoking?.name ?? "" })}
        testId="revoke-dialog"
        footer={
          <>
            <Button onClick={() => setRevoking(null)}>{t.cancel}</Button>
            <Button
              variant="dangerSolid"
              disabled={revoke.isPending}
              onClick={() => revoking && revoke.mutate({ id: revoking.id })}
            >
              {t.keys.revokeConfirm}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-600">{t.keys.revokeBody}</p>
        {revoke.isError && <FormError message={errorText(revoke.error)} />}
      </Dialog>
    </Section>
  );
}

function CreateKeyDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (c: Created) => void;
}) {
  const { locale } = useI18n();
  const t = apiMessages[locale];
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<(typeof apiScopes)[number]>("read");
  const create = useMutation(
    trpc.apiSettings.createKey.mutationOptions({
      onSuccess: (c) => {
        setName("");
        setScope("read");
        onCreated({ name: c.name, key: c.key });
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, scope });
  };
  return (
    <Dialog open={open} onClose={onClose} title={t.keys.create} testId="create-key-dialog">
      <form onSubmit={submit} className="space-y-4">
        <Field label={t.keys.name} help={t.keys.nameHelp}>
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t.keys.namePlaceholder}
            maxLength={32}
            data-autofocus
            name="key-name"
          />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{t.keys.scope}</legend>
          {apiScopes.map((s) => (
            <label
              key={s}
              className={`flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ${scope === s ? "bg-brand-50 ring-brand-500" : "ring-slate-200"}`}
            >
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
              <span className="text-sm">
                <span className="block font-medium">{t.keys.scopes[s]}</span>
                <span className="text-slate-500">{t.keys.scopeHelp[s]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {create.isError && <FormError message={errorText(create.error)} />}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? t.keys.creating : t.keys.submit}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
