"use client";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { workbenchMessages } from "@/messages/workbench";
import { useI18n } from "../providers";
import { Dialog } from "../ui/Dialog";
import { ToastProvider } from "../ui/Toast";
import { BatchBar } from "./BatchBar";
import { BatchDialog, type BatchKind } from "./BatchDialog";
import type { Intent } from "./detail/ActionBar";
import { DetailPanel } from "./detail/DetailPanel";
import { ActiveFilters, FilterPanel } from "./FilterPanel";
import { ProxyDialog } from "./ProxyDialog";
import { QuickFilterBar } from "./QuickFilterBar";
import { ShortcutHelp } from "./ShortcutHelp";
import { type Selection, TicketList } from "./TicketList";
import { Toolbar } from "./Toolbar";
import { useFilters } from "./useFilters";
import { useKeyboard } from "./useKeyboard";
import { useTicketRows } from "./useTicketRows";

const phoneQuery = "(max-width: 767px)";
function useIsPhone() {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia(phoneQuery);
      mq.addEventListener("change", cb);
      return () => mq.removeEventListener("change", cb);
    },
    () => window.matchMedia(phoneQuery).matches,
    () => false,
  );
}

export function Workbench() {
  return (
    <ToastProvider>
      <WorkbenchScreen />
    </ToastProvider>
  );
}

/** The queue agents work all day (issue 5): list left, detail right; cards and a full-page detail on a phone. */
function WorkbenchScreen() {
  const { locale } = useI18n();
  const w = workbenchMessages[locale];
  const filters = useFilters();
  const { openId, filterKey, filter } = filters;
  const data = useTicketRows();
  const { rows } = data;
  const phone = useIsPhone();
  const [selected, setSelected] = useState<Selection>(() => new Map());
  const [allMatching, setAllMatching] = useState(false);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [intent, setIntent] = useState<(Intent & { ticketId: number }) | null>(null);
  const [batch, setBatch] = useState<BatchKind | null>(null);
  const [help, setHelp] = useState(false);
  const [proxy, setProxy] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  // A new filter is a new question: the old selection does not carry over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on filter change only
  useEffect(() => {
    setSelected(new Map());
    setAllMatching(false);
  }, [filterKey]);
  useEffect(() => {
    if (focusId === null) return;
    const els = document.querySelectorAll<HTMLElement>(`[data-ticket-id="${focusId}"]`);
    for (const el of els) if (el.offsetParent !== null) el.scrollIntoView({ block: "nearest" });
  }, [focusId]);

  const toggle = (t: { id: number; version: number }) => {
    setAllMatching(false);
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(t.id)) next.delete(t.id);
      else next.set(t.id, { id: t.id, version: t.version });
      return next;
    });
  };
  const togglePage = () => {
    setAllMatching(false);
    setSelected((s) =>
      rows.every((t) => s.has(t.id)) ? new Map() : new Map(rows.map((t) => [t.id, { id: t.id, version: t.version }])),
    );
  };
  const move = (delta: number) => {
    if (rows.length === 0) return;
    const from = rows.findIndex((r) => r.id === (openId ?? focusId));
    const next = rows[from < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, from + delta))];
    if (!next) return;
    setFocusId(next.id);
    if (openId) filters.open(next.id);
  };
  const act = (action: Intent["action"]) => {
    const target = openId ?? focusId;
    if (!target) return;
    if (openId !== target) filters.open(target);
    setIntent({ action, ticketId: target, nonce: Date.now() });
  };
  useKeyboard({
    j: () => move(1),
    k: () => move(-1),
    enter: () => focusId && filters.open(focusId),
    a: () => act("approve"),
    r: () => act("reject"),
    x: () => {
      const t = rows.find((r) => r.id === (focusId ?? openId));
      if (t) toggle(t);
    },
    "/": () => searchRef.current?.focus(),
    "?": () => setHelp(true),
    escape: () => (openId ? filters.open(null) : setFocusId(null)),
  });

  const pageAllSelected = rows.length > 0 && rows.every((t) => selected.has(t.id));
  return (
    <div className={`space-y-3 p-3 sm:p-5 ${openId ? "lg:mr-[560px]" : "mx-auto max-w-7xl"}`}>
      <Toolbar
        searchRef={searchRef}
        total={data.total}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen((v) => !v)}
        onInitiate={() => setProxy(true)}
        onHelp={() => setHelp(true)}
      />
      <QuickFilterBar />
      {filtersOpen && !phone && (
        <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
          <FilterPanel />
        </div>
      )}
      <Dialog open={filtersOpen && phone} onClose={() => setFiltersOpen(false)} title={w.filters.title} wide>
        <FilterPanel />
      </Dialog>
      <ActiveFilters />
      <BatchBar
        count={selected.size}
        allMatching={allMatching}
        matching={data.total?.count}
        canSelectAll={pageAllSelected}
        onSelectAll={() => setAllMatching(true)}
        onClear={() => {
          setSelected(new Map());
          setAllMatching(false);
        }}
        onAction={setBatch}
      />
      <TicketList
        data={data}
        selected={selected}
        onToggle={toggle}
        onTogglePage={togglePage}
        focusId={focusId}
        openId={openId}
        onOpen={(id) => {
          setFocusId(id);
          filters.open(id);
        }}
        compact={openId !== null}
      />
      {openId !== null && (
        <DetailPanel
          key={openId}
          ticketId={openId}
          onClose={() => filters.open(null)}
          serverNow={data.serverNow}
          intent={intent?.ticketId === openId ? intent : null}
          onIntentDone={() => setIntent(null)}
        />
      )}
      {batch && (
        <BatchDialog
          kind={batch}
          refs={allMatching ? null : [...selected.values()]}
          allMatching={allMatching && data.total ? { filter, count: data.total.count } : null}
          onClose={(finished) => {
            setBatch(null);
            if (finished) {
              setSelected(new Map());
              setAllMatching(false);
            }
          }}
        />
      )}
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      {proxy && (
        <ProxyDialog
          onClose={() => setProxy(false)}
          onOpen={(id) => {
            setProxy(false);
            filters.open(id);
          }}
        />
      )}
    </div>
  );
}
