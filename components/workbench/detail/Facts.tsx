"use client";
import type { ReactNode } from "react";
import { fmt } from "@/messages/locale";
import { dateTime, yuan } from "../../format";
import { useI18n } from "../../providers";
import { useWorkbenchMessages } from "../messages";
import { EvidenceGallery } from "./EvidenceGallery";
import type { TicketDetail } from "./useTicketAction";

export function Section({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="space-y-2" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: [ReactNode, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1.5 text-sm">
      {rows.map(([k, v], i) => (
        <div key={i} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="min-w-0 break-words text-slate-800">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The buyer's request: statement, evidence, amounts, and how it ended so far (rejection, ruling, refund, rating). */
export function ApplicationFacts({ d }: { d: TicketDetail }) {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  const t = d.ticket;
  const rows: [ReactNode, ReactNode][] = [
    [w.detail.requested, <b key="a">{yuan(t.requestedFen)}</b>],
    [m.workbench.columns.reason, `${m.reason[t.reason]} · ${m.responsibility[t.responsibility]}`],
    [w.detail.appliedAt, dateTime(t.appliedAt)],
  ];
  if (d.refund) rows.push([w.detail.refunded, `${yuan(d.refund.amountFen)} · ${dateTime(d.refund.at)}`]);
  if (t.rejectReason) rows.push([w.detail.rejectReason, t.rejectReason]);
  if (t.rulingResponsibility) {
    rows.push([
      w.detail.ruling,
      `${w.detail.rulingResp[t.rulingResponsibility]}${t.rulingNote ? ` · ${t.rulingNote}` : ""}`,
    ]);
  }
  if (d.rating) {
    rows.push([
      w.detail.rating,
      `${"★".repeat(d.rating.stars)}${"☆".repeat(5 - d.rating.stars)} ${d.rating.comment ?? ""}`,
    ]);
  }
  return (
    <Section title={w.detail.application} testId="application">
      <Facts rows={rows} />
      <div className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
        <div className="mb-1 text-xs text-slate-500">{w.detail.statement}</div>
        {t.statement || <span className="text-slate-400">{w.detail.noStatement}</span>}
      </div>
      <div>
        <div className="mb-1 text-xs text-slate-500">{w.detail.evidence}</div>
        <EvidenceGallery images={t.evidence} />
      </div>
    </Section>
  );
}

export function OrderFacts({ d }: { d: TicketDetail }) {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  const o = d.order;
  const flags = [
    o.freeShipping ? w.detail.freeShipping : w.detail.notFreeShipping,
    o.isFresh ? w.detail.fresh : null,
    o.isVirtual ? w.detail.virtual : null,
  ].filter(Boolean);
  return (
    <Section title={w.detail.order} testId="order">
      <Facts
        rows={[
          [
            w.detail.orderId,
            <span key="o" className="font-mono text-xs">
              {o.id}
            </span>,
          ],
          [w.detail.orderKind, w.orderKind[o.kind]],
          [w.detail.paid, `${yuan(o.paidFen)} · ${w.detail.freight} ${yuan(o.freightFen)} · ${flags.join(" · ")}`],
          [w.detail.promisedShipBy, dateTime(o.promisedShipBy)],
          [m.workbench.columns.buyer, d.ticket.buyerNick],
        ]}
      />
      <table className="w-full text-sm">
        <tbody className="divide-y divide-slate-100">
          {o.items.map((i) => (
            <tr key={i.id}>
              <td className="py-1.5 pr-2">{i.title}</td>
              <td className="py-1.5 text-right tabular-nums text-slate-500">×{i.qty}</td>
              <td className="py-1.5 pl-2 text-right tabular-nums">{yuan(i.unitPriceFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

type Scan = TicketDetail["forwardScans"][number];
function Track({ title, head, scans }: { title: string; head: ReactNode; scans: Scan[] }) {
  const w = useWorkbenchMessages();
  const label = (s: string) => (w.logistics as Record<string, string>)[s] ?? s;
  return (
    <div className="rounded-lg ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-x-2 border-b border-slate-100 px-3 py-2 text-sm">
        <span className="font-medium">{title}</span>
        <span className="text-slate-600">{head}</span>
      </div>
      {scans.length === 0 ? (
        <p className="px-3 py-2 text-xs text-slate-400">{w.detail.noScans}</p>
      ) : (
        <ol className="space-y-1.5 px-3 py-2 text-xs">
          {[...scans].reverse().map((s, i) => (
            <li key={s.id} className={`flex gap-2 ${i === 0 ? "text-slate-900" : "text-slate-500"}`}>
              <span className="w-24 shrink-0 tabular-nums">{dateTime(s.at).slice(5)}</span>
              <span>
                {label(s.status)}
                {s.description ? ` · ${s.description}` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Forward parcel, return parcel and the merchant's reship, each with its scans (newest first). */
export function LogisticsFacts({ d }: { d: TicketDetail }) {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  const o = d.order;
  const t = d.ticket;
  const forwardHead = o.carrier
    ? `${o.carrier} ${o.waybill ?? ""} · ${w.logistics[o.logisticsStatus]}${o.eWaybill ? ` · ${w.detail.eWaybill}` : ""}${
        o.packageCount > 1 ? ` · ${fmt(w.detail.packages, { n: o.packageCount })}` : ""
      }`
    : w.logistics[o.logisticsStatus];
  return (
    <Section title={w.detail.logistics} testId="logistics">
      <Track title={w.detail.forward} head={forwardHead} scans={d.forwardScans} />
      {(t.returnWaybill || d.returnScans.length > 0) && (
        <Track
          title={w.detail.returnTrack}
          head={`${t.returnCarrier ?? ""} ${t.returnWaybill ?? ""} · ${m.returnStatus[t.returnStatus]}`}
          scans={d.returnScans}
        />
      )}
      {t.reshipWaybill && (
        <Track title={w.detail.reship} head={`${t.reshipCarrier ?? ""} ${t.reshipWaybill}`} scans={[]} />
      )}
    </Section>
  );
}
