"use client";
// 设置 → 平台连接 (SPEC §7): the mode (沙箱平台 or 平台), the address the platform pushes events to and how they are
// signed, the signing secret (revealed and rotated by the owner and 设置权限 only), and the recent events.
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useI18n, useTRPC } from "@/components/providers";
import { CopyButton } from "@/components/ui/CopyButton";
import { LoadError } from "@/components/ui/LoadError";
import { PageHeader } from "@/components/ui/PageHeader";
import { ToastProvider } from "@/components/ui/Toast";
import { fmt } from "@/messages/locale";
import { platformConnectionMessages } from "@/messages/platform-connection";
import type { AppRouter } from "@/server/routers/_app";
import { EventsSection } from "./EventsSection";
import { platformErrorMessage } from "./errors";
import { SecretSection } from "./SecretSection";
import { Section } from "./Section";

export type Connection = inferRouterOutputs<AppRouter>["platformConnection"]["get"];

export function PlatformSettings() {
  return (
    <ToastProvider>
      <PlatformPage />
    </ToastProvider>
  );
}

function PlatformPage() {
  const { locale } = useI18n();
  const t = platformConnectionMessages[locale];
  const trpc = useTRPC();
  const conn = useQuery(trpc.platformConnection.get.queryOptions());
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {conn.isPending && (
        <div className="h-56 animate-pulse rounded-xl bg-slate-100" aria-busy data-testid="platform-loading" />
      )}
      {conn.isError && (
        <LoadError
          title={t.loadError}
          message={platformErrorMessage(conn.error, locale)}
          retry={t.retry}
          onRetry={() => conn.refetch()}
        />
      )}
      {conn.data && !conn.data.canManage && (
        <p
          role="note"
          data-testid="platform-read-only"
          className="rounded-xl bg-slate-100 px-4 py-3 text-sm text-slate-600"
        >
          {t.readOnly}
        </p>
      )}
      {conn.data && (
        <>
          <ConnectionSection conn={conn.data} />
          <SecretSection conn={conn.data} />
          <EventsSection canManage={conn.data.canManage} />
        </>
      )}
    </div>
  );
}

function ConnectionSection({ conn }: { conn: Connection }) {
  const { locale } = useI18n();
  const words = platformConnectionMessages[locale];
  const t = words.connection;
  const row = "grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[10rem_1fr] sm:gap-4";
  return (
    <Section title={t.title} explain={t.modeHelp[conn.mode]}>
      <dl className="divide-y divide-slate-100 text-sm">
        <div className={row}>
          <dt className="text-slate-500">{t.mode}</dt>
          <dd>
            <span
              data-testid="platform-mode"
              className={`rounded px-2 py-0.5 text-xs font-medium ${conn.mode === "sandbox" ? "bg-amber-50 text-amber-800" : "bg-emerald-50 text-emerald-700"}`}
            >
              {t.modes[conn.mode]}
            </span>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-500">{t.webhook}</dt>
          <dd className="space-y-1.5">
            <div className="flex items-center gap-2">
              <code
                data-testid="webhook-url"
                className="min-w-0 flex-1 select-all break-all rounded-lg bg-slate-100 px-3 py-2 font-mono text-xs"
              >
                {conn.webhookUrl}
              </code>
              <CopyButton value={conn.webhookUrl} words={words} label={t.webhook} />
            </div>
            <p className="text-xs text-slate-500">{t.webhookHelp}</p>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-500">{t.shopId}</dt>
          <dd>
            <code className="select-all font-mono text-xs">{conn.shopId}</code>
            <p className="text-xs text-slate-500">{t.shopIdHelp}</p>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-500">{t.signing}</dt>
          <dd className="text-xs leading-relaxed text-slate-600">
            {fmt(t.signingHelp, {
              timestampHeader: conn.timestampHeader,
              signatureHeader: conn.signatureHeader,
              skew: conn.maxClockSkewMinutes,
            })}
          </dd>
        </div>
      </dl>
    </Section>
  );
}
