import { Fragment } from "react";

/** The document's descriptions use a little Markdown: **bold**, `code` and line breaks. Nothing else is parsed. */
export function Prose({ text }: { text: string }) {
  return (
    <div className="space-y-1.5 text-sm text-slate-600">
      {text
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line, i) => (
          <p key={i}>
            {line.split(/(\*\*[^*]+\*\*|`[^`]+`)/g).map((part, j) =>
              part.startsWith("**") ? (
                <strong key={j} className="text-slate-800">
                  {part.slice(2, -2)}
                </strong>
              ) : part.startsWith("`") ? (
                <code key={j} className="rounded bg-slate-100 px-1 font-mono text-xs">
                  {part.slice(1, -1)}
                </code>
              ) : (
                <Fragment key={j}>{part}</Fragment>
              ),
            )}
          </p>
        ))}
    </div>
  );
}
