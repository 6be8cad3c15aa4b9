"use client";
import { useI18n } from "@/components/providers";
import { CopyButton } from "@/components/ui/CopyButton";
import { apiMessages } from "@/messages/api";

/** The server's own words for a failed call: the first schema issue, else the domain error's message. */
export function errorText(e: unknown): string {
  const err = e as { data?: { zod?: { message: string }[] }; message?: string };
  return err.data?.zod?.[0]?.message ?? err.message ?? String(e);
}

/** A secret shown once, with a copy button. */
export function SecretBox({ value, testId }: { value: string; testId?: string }) {
  const { locale } = useI18n();
  return (
    <div className="flex items-stretch gap-2">
      <code
        data-testid={testId}
        className="min-w-0 flex-1 select-all break-all rounded-lg bg-slate-900 px-3 py-2 font-mono text-xs text-emerald-300"
      >
        {value}
      </code>
      <CopyButton value={value} words={apiMessages[locale]} className="self-center" />
    </div>
  );
}

export function Section({
  title,
  explain,
  action,
  children,
}: {
  title: string;
  explain: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold">{title}</h2>
          <p className="text-sm text-slate-500">{explain}</p>
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}
