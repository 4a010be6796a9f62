/** Grey placeholders shown while a card's query runs. */
export function CardSkeleton({ lines = 2, className = "" }: { lines?: number; className?: string }) {
  return (
    <div
      className={`animate-pulse rounded-tremor-default border border-tremor-border bg-white p-6 shadow-tremor-card ${className}`}
      aria-hidden="true"
    >
      <div className="h-3 w-1/2 rounded bg-gray-200" />
      <div className="mt-4 h-7 w-2/3 rounded bg-gray-200" />
      {Array.from({ length: lines - 1 }, (_, i) => (
        <div key={i} className="mt-3 h-3 w-1/3 rounded bg-gray-100" />
      ))}
    </div>
  );
}

export function ChartSkeleton() {
  return (
    <div className="animate-pulse rounded-tremor-default border border-tremor-border bg-white p-6 shadow-tremor-card" aria-hidden="true">
      <div className="h-4 w-1/4 rounded bg-gray-200" />
      <div className="mt-6 h-64 rounded bg-gray-100" />
    </div>
  );
}

export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div className="animate-pulse rounded-tremor-default border border-tremor-border bg-white p-6 shadow-tremor-card" aria-hidden="true">
      <div className="h-4 w-1/5 rounded bg-gray-200" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="mt-4 h-3 rounded bg-gray-100" />
      ))}
    </div>
  );
}
