"use client";
// A daily trend line with the previous period drawn faintly under it. Presentational: data and formatting come
// from the caller; the metric's definition lives on the server.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendDatum = { label: string; value: number | null; prev?: number | null; prevLabel?: string };

export function TrendChart({
  data,
  format,
  axisFormat = format,
  names,
  height = 240,
}: {
  data: TrendDatum[];
  format: (v: number | null) => string;
  axisFormat?: (v: number | null) => string;
  names: { current: string; previous: string };
  height?: number;
}) {
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} minTickGap={16} />
          <YAxis
            tick={{ fontSize: 11, fill: "#64748b" }}
            tickLine={false}
            axisLine={false}
            width={64}
            tickFormatter={(v: number) => axisFormat(v)}
          />
          <Tooltip
            formatter={(v, name) => [format(typeof v === "number" ? v : null), name]}
            labelStyle={{ color: "#0f172a" }}
          />
          <Line
            name={names.previous}
            dataKey="prev"
            stroke="#cbd5e1"
            strokeDasharray="4 3"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            name={names.current}
            dataKey="value"
            stroke="#ff5000"
            strokeWidth={2}
            dot={data.length <= 31 ? { r: 2 } : false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
