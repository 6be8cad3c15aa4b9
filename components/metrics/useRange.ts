"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type RangeInput, type RangePreset, rangePresets } from "@/server/metrics/schemas";

/** The 数据 range lives in the URL (?range=7d, or ?range=custom&from=…&to=…) so a link reproduces the view. */
export function useRange() {
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname();
  const range = useMemo((): RangeInput => {
    const p = params.get("range");
    const preset = (rangePresets as readonly string[]).includes(p ?? "") ? (p as RangePreset) : "7d";
    if (preset !== "custom") return { preset };
    return { preset, from: params.get("from") ?? undefined, to: params.get("to") ?? undefined };
  }, [params]);
  const setRange = useCallback(
    (r: RangeInput) => {
      const next = new URLSearchParams(params.toString());
      next.set("range", r.preset ?? "7d");
      next.delete("from");
      next.delete("to");
      if (r.preset === "custom" && r.from && r.to) {
        next.set("from", r.from);
        next.set("to", r.to);
      }
      router.replace(`${path}?${next.toString()}`, { scroll: false });
    },
    [params, path, router],
  );
  /** The current range as a query string, to carry it between the 数据 tabs. */
  const query = params.toString();
  return { range, setRange, query };
}
