/** A read that failed: what failed, why, and a retry (the settings pages and their sections). */
export function LoadError({
  title,
  message,
  retry,
  onRetry,
}: {
  title: string;
  message: string;
  retry: string;
  onRetry: () => void;
}) {
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
      {title}：{message}{" "}
      <button type="button" className="font-medium underline" onClick={onRetry}>
        {retry}
      </button>
    </p>
  );
}
