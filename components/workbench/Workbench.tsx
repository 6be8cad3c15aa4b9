"use client";
import { type ComponentType, lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { ToastProvider } from "../ui/Toast";
import { ActiveFilters } from "./ActiveFilters";
import { BatchBar } from "./BatchBar";
import type { BatchKind } from "./batch";
import type { Intent } from "./detail/ActionBar";
import { QuickFilterBar } from "./QuickFilterBar";
import { SeedNotice } from "./SeedNotice";
import { type Selection, TicketList } from "./TicketList";
import { Toolbar } from "./Toolbar";
import { useFilters } from "./useFilters";
import { useKeyboard } from "./useKeyboard";
import { useTicketRows } from "./useTicketRows";

// The first paint is the queue: the detail drawer, the filter panel and the dialogs load when opened (the drawer
// also once the browser is idle, so the first ticket opens without waiting), keeping them out of the page's
// first-load script. Each has its own Suspense boundary: a part still loading never hides the rest of the screen.
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return (props: P) => (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}
const loadDetailPanel = () => import("./detail/DetailPanel").then((mod) => mod.DetailPanel);
const DetailPanel = onDemand(loadDetailPanel);
const FilterPanel = onDemand(() => import("./FilterPanel").then((mod) => mod.FilterPanel));
const FilterDialog = onDemand(() => import("./FilterPanel").then((mod) => mod.FilterDialog));
const BatchDialog = onDemand(() => import("./BatchDialog").then((mod) => mod.BatchDialog));
const ProxyDialog = onDemand(() => import("./ProxyDialog").then((mod) => mod.ProxyDialog));
const ShortcutHelp = onDemand(() => import("./ShortcutHelp").then((mod) => mod.ShortcutHelp));

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
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    idle(() => void loadDetailPanel());
  }, []);
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
      <SeedNotice />
      <QuickFilterBar />
      {filtersOpen && !phone && (
        <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
          <FilterPanel />
        </div>
      )}
      {filtersOpen && phone && <FilterDialog onClose={() => setFiltersOpen(false)} />}
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
      {help && <ShortcutHelp open onClose={() => setHelp(false)} />}
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
