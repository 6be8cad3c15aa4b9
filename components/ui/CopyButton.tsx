"use client";
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { platformConnectionMessages } from "@/messages/platform-connection";

/** Copies a value; the value stays selectable when the clipboard is blocked (http, permissions). */
export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { locale } = useI18n();
  const t = platformConnectionMessages[locale];
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      // Blocked: the text is select-all, copied by hand.
    }
  };
  return (
    <Button size="sm" onClick={copy} aria-label={label ? `${t.copy} ${label}` : undefined}>
      {copied ? t.copied : t.copy}
    </Button>
  );
}
