"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n, useTRPC } from "@/components/providers";
import { PageHeader } from "@/components/ui/PageHeader";
import { strategiesMessages } from "@/messages/strategies";
import type { CustomTemplate } from "@/server/strategies/definitions";
import { StrategyForm } from "./StrategyForm";

/** A new custom strategy from one of the seed's three templates; created off, to be dry-run first. */
export function NewStrategy({ template }: { template: CustomTemplate }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const me = useQuery(trpc.strategies.overview.queryOptions());
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.form.newTitle} back={{ href: "/strategies", label: t.back }} />
      {me.data && !me.data.canManage && (
        <p role="note" className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-600">
          {t.viewOnly}
        </p>
      )}
      <StrategyForm mode={{ kind: "create", template }} canManage={me.data?.canManage ?? false} />
    </div>
  );
}
