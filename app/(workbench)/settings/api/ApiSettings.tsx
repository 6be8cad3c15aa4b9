"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n, useTRPC } from "@/components/providers";
import { PageHeader } from "@/components/ui/PageHeader";
import { apiMessages } from "@/messages/api";
import { canManageShopSettings } from "@/server/members/permissions";
import { DeliveriesSection } from "./DeliveriesSection";
import { KeysSection } from "./KeysSection";
import { WebhooksSection } from "./WebhooksSection";

/** 设置 → 开放接口: API keys and webhook URLs (owner only), and the delivery log. */
export function ApiSettings() {
  const { locale } = useI18n();
  const t = apiMessages[locale];
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  const member = me.data?.member;
  const canManage = member ? canManageShopSettings(member) : false;
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.title} subtitle={t.subtitle}>
        <Link href="/api-docs" className="text-sm font-medium text-brand-600 hover:underline">
          {t.docsLink} →
        </Link>
      </PageHeader>
      {me.isPending ? (
        <div className="h-40 animate-pulse rounded-xl bg-slate-100" aria-busy />
      ) : !canManage ? (
        <p
          role="note"
          data-testid="owner-only"
          className="rounded-xl bg-slate-100 px-4 py-6 text-center text-sm text-slate-600"
        >
          {t.ownerOnly}
        </p>
      ) : (
        <>
          <KeysSection />
          <WebhooksSection />
          <DeliveriesSection />
        </>
      )}
    </div>
  );
}
