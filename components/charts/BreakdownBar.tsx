"use client";
// Horizontal bars, one per dimension value; a click on a bar hands its key to the caller (who links to the
// tickets behind it). Presentational: the caller gives labels, values and formatting.
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarDatum = { key: string; label: string; value: number | null; clickable: boolean };

export function BreakdownBar({
  data,
  format,
  onSelect,
  name,
}: {
  data: BarDatum[];
  format: (v: number | null) => string;
  onSelect?: (key: string) => void;
  name: string;
}) {
  const rows = data.map((d) => ({ ...d, bar: d.value ?? 0 }));
  // Seven CJK characters at 12 px, on one line.
  const labelWidth = 96;
  const height = rows.length * 30 + 16;
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 4 }} barCategoryGap={6}>
          <XAxis type="number" hide domain={[0, "dataMax"]} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            tick={{ fontSize: 12, fill: "#334155", width: labelWidth }}
            tickLine={false}
            axisLine={false}
            tickFormatter={(s: string) => (s.length > 7 ? `${s.slice(0, 6)}…` : s)}
          />
          <Tooltip
            formatter={(_v, _n, item) => [format((item?.payload as BarDatum | undefined)?.value ?? null), name]}
            cursor={{ fill: "#f1f5f9" }}
          />
          <Bar
            dataKey="bar"
            name={name}
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
            onClick={(d) => {
              const row = (d as unknown as { payload?: BarDatum }).payload;
              if (row?.clickable) onSelect?.(row.key);
            }}
          >
            {rows.map((r) => (
              <Cell
                key={r.key}
                fill={r.clickable ? "#ff8a4c" : "#cbd5e1"}
                cursor={r.clickable ? "pointer" : "default"}
              />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v: unknown) => format(typeof v === "number" ? v : null)}
              style={{ fontSize: 11, fill: "#475569" }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
