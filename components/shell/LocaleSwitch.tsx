"use client";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE, locales } from "@/messages/locale";
import { useI18n } from "../providers";

export function LocaleSwitch() {
  const { locale, m } = useI18n();
  const router = useRouter();
  return (
    <label className="inline-flex items-center gap-1 text-sm text-slate-600">
      <span className="sr-only">{m.common.language}</span>
      <select
        aria-label={m.common.language}
        value={locale}
        onChange={(e) => {
          document.cookie = `${LOCALE_COOKIE}=${e.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {m.locale[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
