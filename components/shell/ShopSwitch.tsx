"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useI18n, useTRPC } from "../providers";

export function ShopSwitch({
  current,
  shops,
}: {
  current: { id: string; name: string };
  shops: { id: string; name: string }[];
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const switchShop = useMutation(
    trpc.me.switchShop.mutationOptions({
      onSuccess: () => {
        qc.clear();
        router.refresh();
      },
    }),
  );
  if (shops.length < 2) return <span className="max-w-40 truncate text-sm font-medium">{current.name}</span>;
  return (
    <select
      aria-label={m.common.switchShop}
      value={current.id}
      disabled={switchShop.isPending}
      onChange={(e) => switchShop.mutate({ shopId: e.target.value })}
      className="max-w-44 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium"
    >
      {shops.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
