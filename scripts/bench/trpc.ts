// A tRPC query through the real fetch handler (routing, transformer, middleware, shopProcedure, the service), as the
// signed-in owner of a bench shop: what the browser's request costs on the server, without the network.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import type { Db } from "../../db/client";
import { appRouter } from "../../server/routers/_app";

export type Shop = { id: string; userId: string };

export function trpcQuery(db: Db, shop: Shop) {
  const ctx = {
    db,
    headers: new Headers(),
    user: { id: shop.userId } as never,
    session: { id: "bench", activeShopId: shop.id } as never,
  };
  return async (path: string, input: unknown) => {
    const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://bench.local/api/trpc/${path}${q}`),
      router: appRouter,
      createContext: () => ctx,
    });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
}
