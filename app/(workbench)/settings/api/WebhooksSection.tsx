"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { dateTime } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, FormError, Input } from "@/components/ui/Field";
import { apiMessages } from "@/messages/api";
import { fmt } from "@/messages/locale";
import { type WebhookEventType, webhookEventTypes } from "@/server/webhooks/events";
import { errorText, SecretBox, Section } from "./shared";

export function WebhooksSection() {
  const { locale } = useI18n();
  const t = apiMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const hooks = useQuery(trpc.apiSettings.webhooks.queryOptions());
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; url: string } | null>(null);
  const [testResult, setTestResult] = useState<{ id: string; ok: boolean; text: string } | null>(null);
  const refresh = () => {
    qc.invalidateQueries({ queryKey: trpc.apiSettings.webhooks.queryKey() });
    qc.invalidateQueries({ queryKey: trpc.apiSettings.deliveries.queryKey() });
  };
  const remove = useMutation(
    trpc.apiSettings.removeWebhook.mutationOptions({
      onSuccess: () => {
        setRemoving(null);
        refresh();
      },
    }),
  );
  const test = useMutation(
    trpc.apiSettings.testWebhook.mutationOptions({
      onSuccess: (r, v) => {
        setTestResult({
          id: v.id,
          ok: !!r?.ok,
          text: r?.ok
            ? fmt(t.hooks.testOk, { code: r.statusCode ?? "" })
            : fmt(t.hooks.testFail, { error: r?.error ?? "" }),
        });
        refresh();
      },
      onError: (e, v) => setTestResult({ id: v.id, ok: false, text: errorText(e) }),
    }),
  );
  return (
    <Section
      title={t.hooks.title}
      explain={t.hooks.explain}
      action={
        <Button variant="primary" onClick={() => setAdding(true)} data-testid="add-webhook">
          {t.hooks.add}
        </Button>
      }
    >
      {hooks.isPending && <div className="h-16 animate-pulse rounded-lg bg-slate-100" aria-busy />}
      {hooks.isError && (
        <p role="alert" className="text-sm text-red-700">
          {t.loadError}：{errorText(hooks.error)}
        </p>
      )}
      {hooks.data?.length === 0 && <p className="text-sm text-slate-500">{t.hooks.empty}</p>}
      <ul className="divide-y divide-slate-100">
        {hooks.data?.map((h) => (
          <li key={h.id} data-testid="webhook" className="space-y-1.5 py-2.5">
            <div className="flex flex-wrap items-center gap-2">
              <code className="min-w-0 flex-1 break-all font-mono text-sm">{h.url}</code>
              <Button
                size="sm"
                disabled={test.isPending && test.variables?.id === h.id}
                onClick={() => test.mutate({ id: h.id })}
              >
                {test.isPending && test.variables?.id === h.id ? t.hooks.testing : t.hooks.test}
              </Button>
              <Button size="sm" variant="danger" onClick={() => setRemoving({ id: h.id, url: h.url })}>
                {t.hooks.remove}
              </Button>
            </div>
            <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
              {h.events.map((e) => (
                <span key={e} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">
                  {t.hooks.eventNames[e as WebhookEventType] ?? e}
                </span>
              ))}
              <span>· {dateTime(h.createdAt)}</span>
            </p>
            {testResult?.id === h.id && (
              <p
                role="status"
                data-testid="webhook-test-result"
                className={`text-xs ${testResult.ok ? "text-emerald-700" : "text-red-700"}`}
              >
                {testResult.text}
              </p>
            )}
          </li>
        ))}
      </ul>
      <AddWebhookDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(s) => {
          setAdding(false);
          setSecret(s);
          refresh();
        }}
      />
      <Dialog
        open={secret !== null}
        onClose={() => setSecret(null)}
        title={t.hooks.createdTitle}
        testId="webhook-created"
        wide
        footer={
          <Button variant="primary" onClick={() => setSecret(null)} data-autofocus>
            {t.done}
          </Button>
        }
      >
        {secret && (
          <div className="space-y-3 text-sm">
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-800">{t.hooks.secretWarn}</p>
            <SecretBox value={secret} testId="webhook-secret" />
            <p className="text-xs text-slate-500">{t.hooks.signHelp}</p>
          </div>
        )}
      </Dialog>
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t.hooks.removeTitle}
        footer={
          <>
            <Button onClick={() => setRemoving(null)}>{t.cancel}</Button>
            <Button
              variant="dangerSolid"
              disabled={remove.isPending}
              onClick={() => removing && remove.mutate({ id: removing.id })}
            >
              {t.hooks.removeConfirm}
            </Button>
          </>
        }
      >
        <p className="break-all text-sm text-slate-600">{fmt(t.hooks.removeBody, { url: removing?.url ?? "" })}</p>
        {remove.isError && <FormError message={errorText(remove.error)} />}
      </Dialog>
    </Section>
  );
}

function AddWebhookDialog({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded: (secret: string) => void;
}) {
  const { locale } = useI18n();
  const t = apiMessages[locale];
  const trpc = useTRPC();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>([...webhookEventTypes]);
  const add = useMutation(
    trpc.apiSettings.createWebhook.mutationOptions({
      onSuccess: (r) => {
        setUrl("");
        setEvents([...webhookEventTypes]);
        onAdded(r.secret);
      },
    }),
  );
  const toggle = (e: WebhookEventType) =>
    setEvents((cur) => (cur.includes(e) ? cur.filter((x) => x !== e) : [...cur, e]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ url, events });
  };
  return (
    <Dialog open={open} onClose={onClose} title={t.hooks.add} testId="add-webhook-dialog">
      <form onSubmit={submit} className="space-y-4">
        <Field label={t.hooks.url}>
          <Input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder={t.hooks.urlPlaceholder}
            inputMode="url"
            data-autofocus
            name="webhook-url"
          />
        </Field>
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium text-slate-700">{t.hooks.events}</legend>
          {webhookEventTypes.map((e) => (
            <label key={e} className="flex cursor-pointer items-start gap-2 rounded-lg p-2 hover:bg-slate-50">
              <input type="checkbox" className="mt-1" checked={events.includes(e)} onChange={() => toggle(e)} />
              <span className="text-sm">
                <span className="font-medium">{t.hooks.eventNames[e]}</span>
                <span className="ml-1 font-mono text-xs text-slate-400">{e}</span>
                <span className="block text-slate-500">{t.hooks.eventHelp[e]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {add.isError && <FormError message={errorText(add.error)} />}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button type="submit" variant="primary" disabled={add.isPending}>
            {add.isPending ? t.hooks.adding : t.hooks.submit}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
