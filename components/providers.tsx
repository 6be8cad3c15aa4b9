"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { createContext, type ReactNode, useContext, useState } from "react";
import superjson from "superjson";
import { type Locale, type Messages, messagesFor } from "@/messages";
import type { AppRouter } from "@/server/routers/_app";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

const I18n = createContext<{ locale: Locale; m: Messages }>({ locale: "zh-CN", m: messagesFor("zh-CN") });
export const useI18n = () => useContext(I18n);

export function Providers({ children, locale }: { children: ReactNode; locale: Locale }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1, refetchOnWindowFocus: true } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18n.Provider value={{ locale, m: messagesFor(locale) }}>{children}</I18n.Provider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
