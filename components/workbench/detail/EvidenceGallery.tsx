"use client";
import { useState } from "react";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { useWorkbenchMessages } from "../messages";

/** A picture that may not load (the platform's image host, an expired link): a numbered tile says so. */
function Picture({ src, n, className, width }: { src: string; n: number; className: string; width?: string }) {
  const [broken, setBroken] = useState(false);
  if (broken) {
    return (
      <span className={`grid place-items-center bg-slate-100 text-xs text-slate-500 ${className}`} title={src}>
        #{n}
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={`#${n}`}
      className={`object-cover ${className}`}
      style={width ? { width, maxWidth: "none" } : undefined}
      onError={() => setBroken(true)}
    />
  );
}

/** Buyer evidence as thumbnails; one opens large, and can be zoomed. */
export function EvidenceGallery({ images }: { images: string[] }) {
  const w = useWorkbenchMessages();
  const [open, setOpen] = useState<number | null>(null);
  const [zoom, setZoom] = useState(1);
  if (images.length === 0) return <p className="text-sm text-slate-400">{w.detail.noEvidence}</p>;
  const src = open === null ? null : images[open];
  return (
    <>
      <ul className="flex flex-wrap gap-2" data-testid="evidence">
        {images.map((img, i) => (
          <li key={img}>
            <button
              type="button"
              onClick={() => {
                setOpen(i);
                setZoom(1);
              }}
              className="block overflow-hidden rounded-lg ring-1 ring-slate-200 hover:ring-brand-500"
              aria-label={`${w.detail.evidence} ${i + 1}`}
            >
              <Picture src={img} n={i + 1} className="h-16 w-16" />
            </button>
          </li>
        ))}
      </ul>
      <Dialog
        open={src !== null && src !== undefined}
        onClose={() => setOpen(null)}
        title={`${w.detail.evidence} ${(open ?? 0) + 1} / ${images.length}`}
        wide
        footer={
          <>
            <Button onClick={() => setZoom((z) => Math.max(1, z - 0.5))} aria-label="zoom out" disabled={zoom <= 1}>
              −
            </Button>
            <span className="self-center text-sm tabular-nums text-slate-500">{Math.round(zoom * 100)}%</span>
            <Button onClick={() => setZoom((z) => Math.min(4, z + 0.5))} aria-label="zoom in" disabled={zoom >= 4}>
              +
            </Button>
            <Button
              onClick={() => setOpen((i) => ((i ?? 0) + 1) % images.length)}
              disabled={images.length < 2}
              aria-label="next"
            >
              →
            </Button>
          </>
        }
      >
        {src && (
          <div className="max-h-[65dvh] overflow-auto rounded-lg bg-slate-900/5">
            <button type="button" className="block cursor-zoom-in" onClick={() => setZoom((z) => (z >= 4 ? 1 : z + 1))}>
              <Picture
                key={src}
                src={src}
                n={(open ?? 0) + 1}
                className="h-auto min-h-40 w-full"
                width={`${zoom * 100}%`}
              />
            </button>
          </div>
        )}
      </Dialog>
    </>
  );
}
