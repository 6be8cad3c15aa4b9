"use client";
import { useState } from "react";
import { Button } from "./Button";

/** Copies a value; the value stays selectable when the clipboard is blocked (http, permissions). */
export function CopyButton({
  value,
  words,
  label,
  className,
}: {
  value: string;
  words: { copy: string; copied: string };
  /** What is copied, for screen readers when several copy buttons share a page. */
  label?: string;
  className?: string;
}) {
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
    <Button size="sm" onClick={copy} className={className} aria-label={label ? `${words.copy} ${label}` : undefined}>
      {copied ? words.copied : words.copy}
    </Button>
  );
}
