import { ChartSkeleton } from "../charts/ChartSkeleton";

export function CardsSkeleton() {
  return (
    <div className="space-y-4" role="status">
      <ChartSkeleton height={180} />
      <div className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <ChartSkeleton key={i} height={104} />
        ))}
      </div>
    </div>
  );
}

export function ListSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div className="space-y-2" role="status">
      {Array.from({ length: rows }, (_, i) => (
        <ChartSkeleton key={i} height={44} />
      ))}
    </div>
  );
}
