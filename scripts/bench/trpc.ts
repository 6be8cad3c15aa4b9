// A tRPC query through the real fetch handler (routing, transformer, middleware, shopProcedure, the service), as the
// signed-in owner of a bench shop: what the browser's request costs on the server, without the network. The URL is
// what the browser sends (built once); a call ends when the server has the answer's bytes to write to the socket.
// Decoding the answer is the browser's work: `decode` does it for the few callers that read it, outside timings.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import type { Db } from "../../db/client";
import { appRouter } from "../../server/routers/_app";
import type { router } from "../../server/trpc";

export type Shop = { id: string; userId: string };

export function trpcQuery(db: Db, shop: Shop, routes: ReturnType<typeof router> = appRouter) {
  const ctx = {
    db,
    headers: new Headers(),
    user: { id: shop.userId } as never,
    session: { id: "bench", activeShopId: shop.id } as never,
  };
  /** One request to `path` with `input`, ready to be sent again and again. */
  return (path: string, input: unknown) => {
    const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const url = `http://bench.local/api/trpc/${path}${q}`;
    return async (): Promise<ArrayBuffer> => {
      const res = await fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(url),
        router: routes,
        createContext: () => ctx,
      });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      return res.arrayBuffer();
    };
  };
}

/** The answer's data, as the browser's tRPC client reads it. */
export function decode<T>(body: ArrayBuffer): T {
  return superjson.deserialize(JSON.parse(new TextDecoder().decode(body)).result.data) as T;
}
