"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { createContext, type ReactNode, useContext, useState } from "react";
import superjson from "superjson";
import type { Locale, Messages } from "@/messages";
import type { AppRouter } from "@/server/routers/_app";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

// The strings come from the root layout (a server component) in the reader's language only: importing the
// catalogs here would ship every language's strings with every page's script.
const I18n = createContext<{ locale: Locale; m: Messages } | null>(null);
export function useI18n() {
  const i18n = useContext(I18n);
  if (!i18n) throw new Error("useI18n() outside <Providers>");
  return i18n;
}

export function Providers({ children, locale, messages }: { children: ReactNode; locale: Locale; messages: Messages }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1, refetchOnWindowFocus: true } } }),
  );
  const [trpcClient] = useState(() =>
    // Streamed: each query of a batch (the 数据 charts) arrives as soon as it is ready, not with the slowest.
    createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: "/api/trpc", transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18n.Provider value={{ locale, m: messages }}>{children}</I18n.Provider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
