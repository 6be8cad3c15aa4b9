"use client";
// 签名密钥: hidden by default; the owner and 设置权限 reveal it (a mutation, never a cached query) and rotate it after
// confirming. Rotation is a compare-and-set on the fingerprint this page showed; the webhook uses the new secret at once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";
import { Dialog } from "@/components/ui/Dialog";
import { FormError } from "@/components/ui/Field";
import { fmt } from "@/messages/locale";
import { platformConnectionMessages } from "@/messages/platform-connection";
import { isStale, platformErrorMessage } from "./errors";
import type { Connection } from "./PlatformSettings";
import { Section } from "./Section";

type Shown = { secret: string; fingerprint: string };

export function SecretSection({ conn }: { conn: Connection }) {
  const { locale } = useI18n();
  const t = platformConnectionMessages[locale];
  const s = t.secret;
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [shown, setShown] = useState<Shown | null>(null);
  const [justRotated, setJustRotated] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.platformConnection.get.queryKey() });
  const reveal = useMutation(trpc.platformConnection.revealSecret.mutationOptions({ onSuccess: setShown }));
  const rotate = useMutation(
    trpc.platformConnection.rotateSecret.mutationOptions({
      onSuccess: (r) => {
        // The page shows the new fingerprint at once (and so the new secret), before the refetch confirms it.
        qc.setQueryData(trpc.platformConnection.get.queryKey(), (old) =>
          old ? { ...old, fingerprint: r.fingerprint } : old,
        );
        setShown(r);
        setJustRotated(true);
        setConfirming(false);
        refresh();
      },
    }),
  );
  // Rotated elsewhere since it was revealed: the secret on screen is no longer the shop's.
  const visible = shown && shown.fingerprint === conn.fingerprint ? shown.secret : null;
  const busy = reveal.isPending || rotate.isPending;
  return (
    <Section title={s.title} explain={s.explain}>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="connector-secret"
          className={`min-w-0 flex-1 basis-64 break-all rounded-lg px-3 py-2 font-mono text-xs ${visible ? "select-all bg-slate-900 text-emerald-300" : "bg-slate-100 text-slate-500"}`}
        >
          {visible ?? s.hidden}
        </code>
        {conn.canManage && (
          <div className="flex flex-wrap gap-2">
            {visible ? (
              <>
                <CopyButton value={visible} words={t} label={s.title} />
                <Button onClick={() => setShown(null)} data-testid="hide-secret">
                  {s.hide}
                </Button>
              </>
            ) : (
              <Button onClick={() => reveal.mutate()} disabled={busy} data-testid="reveal-secret">
                {reveal.isPending ? s.revealing : s.reveal}
              </Button>
            )}
            <Button
              variant="danger"
              onClick={() => {
                rotate.reset();
                setConfirming(true);
              }}
              disabled={busy}
              data-testid="rotate-secret"
            >
              {s.rotate}
            </Button>
          </div>
        )}
      </div>
      <p className="text-xs text-slate-500" title={s.fingerprintHelp}>
        <span data-testid="secret-fingerprint">{fmt(s.fingerprint, { fingerprint: conn.fingerprint })}</span> ·{" "}
        {s.fingerprintHelp}
      </p>
      {justRotated && visible && (
        <p
          role="status"
          className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800"
          data-testid="secret-rotated"
        >
          {s.rotated}
        </p>
      )}
      {reveal.isError && <FormError message={platformErrorMessage(reveal.error, locale)} />}
      {!conn.canManage && <p className="text-sm text-slate-500">{s.ownerOnly}</p>}
      <Dialog
        open={confirming}
        onClose={() => !rotate.isPending && setConfirming(false)}
        title={s.rotateTitle}
        testId="rotate-dialog"
        footer={
          <>
            <Button onClick={() => setConfirming(false)} disabled={rotate.isPending} data-autofocus>
              {t.cancel}
            </Button>
            <Button
              variant="dangerSolid"
              disabled={rotate.isPending}
              onClick={() => rotate.mutate({ fingerprint: conn.fingerprint })}
              data-testid="rotate-confirm"
            >
              {rotate.isPending ? s.rotating : s.rotateConfirm}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-600">{s.rotateBody[conn.mode]}</p>
        {rotate.isError && (
          <div className="mt-3 space-y-2">
            <FormError message={platformErrorMessage(rotate.error, locale)} />
            {isStale(rotate.error) && (
              <Button
                size="sm"
                onClick={() => {
                  setConfirming(false);
                  setShown(null);
                  refresh();
                }}
              >
                {t.refresh}
              </Button>
            )}
          </div>
        )}
      </Dialog>
    </Section>
  );
}
