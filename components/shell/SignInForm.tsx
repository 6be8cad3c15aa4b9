"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { fmt } from "@/messages/locale";
import { authClient } from "../auth-client";
import { useI18n } from "../providers";
import { LocaleSwitch } from "./LocaleSwitch";

export function SignInForm({ demo, demoPassword }: { demo: { email: string; name: string }[]; demoPassword: string }) {
  const { m } = useI18n();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Marks the form as interactive once hydrated, so typing before then is never lost (and tests can wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!email || !password) return setError(m.signIn.required);
    setBusy(true);
    setError(null);
    const res = await authClient.signIn.email({ email, password });
    setBusy(false);
    if (res.error) {
      // Our own words in the reader's language: better-auth's text is English only.
      const known: Record<number, string> = { 401: m.signIn.wrongPassword, 429: m.signIn.tooMany };
      return setError(known[res.error.status] ?? m.common.genericError);
    }
    router.replace("/workbench");
    router.refresh();
  }

  return (
    <div className="w-full max-w-sm">
      <div className="mb-4 flex justify-end">
        <LocaleSwitch />
      </div>
      <form
        onSubmit={submit}
        className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
        noValidate
        data-ready={ready}
      >
        <div className="mb-1 text-sm font-semibold text-brand-600">{m.app.brand}</div>
        <h1 className="text-xl font-semibold">{m.signIn.title}</h1>
        <p className="mt-1 text-sm text-slate-500">{m.signIn.subtitle}</p>
        <label className="mt-6 block text-sm font-medium" htmlFor="email">
          {m.signIn.email}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
        />
        <label className="mt-4 block text-sm font-medium" htmlFor="password">
          {m.signIn.password}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
        />
        {error && (
          <p role="alert" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={busy}
          className="mt-6 w-full rounded-lg bg-brand-500 py-2.5 font-medium text-white hover:bg-brand-600 disabled:opacity-60"
        >
          {busy ? m.signIn.submitting : m.signIn.submit}
        </button>
      </form>
      {demo.length > 0 && (
        <div className="mt-4 rounded-2xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
          <div className="mb-2 font-medium text-slate-600">
            {fmt(m.signIn.demoAccounts, { password: demoPassword })}
          </div>
          <ul className="space-y-1">
            {demo.map((a) => (
              <li key={a.email}>
                <button
                  type="button"
                  className="w-full rounded-md px-2 py-1 text-left hover:bg-slate-100"
                  onClick={() => {
                    setEmail(a.email);
                    setPassword(demoPassword);
                  }}
                >
                  <span className="font-medium">{a.name}</span> <span className="text-slate-500">{a.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
