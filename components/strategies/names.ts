import type { strategiesMessages } from "@/messages/strategies";
import { isBuiltin } from "@/server/strategies/definitions";

type T = (typeof strategiesMessages)["zh-CN"];

/** A built-in shows its name in the UI language; a custom strategy the name the merchant gave it. */
export const strategyName = (s: { kind: string; name: string }, t: T): string =>
  isBuiltin(s.kind) ? t.builtinName[s.kind] : s.name;
