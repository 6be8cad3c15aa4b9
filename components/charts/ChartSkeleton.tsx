/** The placeholder of a chart while its data loads: same height, no layout jump. */
export function ChartSkeleton({ height = 240, label }: { height?: number; label?: string }) {
  return (
    <div
      role="status"
      aria-label={label}
      className="w-full animate-pulse rounded-lg bg-gradient-to-b from-slate-100 to-slate-50"
      style={{ height }}
    />
  );
}
