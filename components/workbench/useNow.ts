"use client";
import { useEffect, useState } from "react";

/** The app clock as the server sees it (sandbox time may run ahead of the wall clock), ticking every `everyMs`. */
export function useNow(serverNow: Date | undefined, everyMs = 30_000) {
  const [tick, setTick] = useState(() => Date.now());
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (serverNow) setOffset(new Date(serverNow).getTime() - Date.now());
  }, [serverNow]);
  useEffect(() => {
    const t = setInterval(() => setTick(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return tick + offset;
}
