"use client";
// Each chart loads on its own: a Suspense boundary with a skeleton, and an error boundary with a retry, so one
// slow or failing query never blanks the page. Rendered on the client only (the tRPC link is relative).
import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, type ReactNode, Suspense, useEffect, useState } from "react";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { useI18n } from "../providers";

class Catch extends Component<
  { fallback: (error: Error, reset: () => void) => ReactNode; onReset: () => void; children: ReactNode },
  { error: Error | null }
> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    const reset = () => {
      this.props.onReset();
      this.setState({ error: null });
    };
    return this.state.error ? this.props.fallback(this.state.error, reset) : this.props.children;
  }
}

function LoadError({ error, reset }: { error: Error; reset: () => void }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale].error;
  return (
    <div role="alert" className="rounded-lg bg-red-50 p-4 text-sm text-red-700">
      {fmt(t.load, { message: error.message })}
      <button type="button" onClick={reset} className="ml-3 rounded bg-white px-2 py-0.5 ring-1 ring-red-200">
        {t.retry}
      </button>
    </div>
  );
}

export function useMounted() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

export function Boundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const mounted = useMounted();
  if (!mounted) return <>{fallback}</>;
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Catch onReset={reset} fallback={(error, retry) => <LoadError error={error} reset={retry} />}>
          <Suspense fallback={fallback}>{children}</Suspense>
        </Catch>
      )}
    </QueryErrorResetBoundary>
  );
}
