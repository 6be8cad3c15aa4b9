"use client";
import { type ChangeEvent, useRef, useState } from "react";
import { fmt } from "@/messages/locale";
import { Button } from "../../ui/Button";
import { Input } from "../../ui/Field";
import { useWorkbenchMessages } from "../messages";

const maxCount = 9;
const maxBytes = 5 * 1024 * 1024;
const accept = "image/jpeg,image/png,image/gif,image/webp";

type Pending = { key: string; name: string; percent: number };

/** POSTs one file to /api/uploads with progress; answers its URL or throws the server's message. */
function upload(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: { url?: string; error?: { message?: string } } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 201 && body.url) resolve(body.url);
      else reject(new Error(body.error?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error("network"));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

/**
 * Evidence images (代客发起售后, 驳回凭证): upload from the device (phone camera roll included) or paste a link.
 * Thumbnails show what will be sent; each can be removed before sending.
 */
export function EvidenceInput({
  label,
  help,
  value,
  onChange,
}: {
  label: string;
  help?: string;
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const e = useWorkbenchMessages().evidenceInput;
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [link, setLink] = useState("");
  const [error, setError] = useState<string | null>(null);
  // Uploads finish out of order; the latest list is read through a ref so none is lost.
  const current = useRef(value);
  current.current = value;
  const room = maxCount - value.length - pending.length;

  const onFiles = async (ev: ChangeEvent<HTMLInputElement>) => {
    const files = [...(ev.target.files ?? [])];
    ev.target.value = "";
    setError(null);
    if (files.length > room) setError(fmt(e.tooMany, { max: maxCount }));
    await Promise.all(
      files.slice(0, Math.max(0, room)).map(async (file, i) => {
        if (file.size > maxBytes) {
          setError(fmt(e.failed, { name: file.name, message: e.tooBig }));
          return;
        }
        const key = `${Date.now()}-${i}-${file.name}`;
        setPending((p) => [...p, { key, name: file.name, percent: 0 }]);
        try {
          const url = await upload(file, (percent) =>
            setPending((p) => p.map((x) => (x.key === key ? { ...x, percent } : x))),
          );
          onChange([...current.current, url]);
        } catch (err) {
          const message = (err as Error).message === "network" ? e.network : (err as Error).message;
          setError(fmt(e.failed, { name: file.name, message }));
        } finally {
          setPending((p) => p.filter((x) => x.key !== key));
        }
      }),
    );
  };

  const addLink = () => {
    const url = link.trim();
    if (!url) return;
    if (!/^https?:\/\/\S+$/i.test(url)) return setError(e.badLink);
    if (room <= 0) return setError(fmt(e.tooMany, { max: maxCount }));
    setError(null);
    onChange([...value, url]);
    setLink("");
  };

  return (
    <fieldset className="min-w-0 space-y-1.5 text-sm">
      <legend className="mb-1.5 font-medium text-slate-700">
        {label} <span className="font-normal text-slate-400">{fmt(e.count, { n: value.length, max: maxCount })}</span>
      </legend>
      <ul className="flex flex-wrap gap-2" data-testid="evidence-input">
        {value.map((src, i) => (
          <li key={src} className="relative">
            <img src={src} alt={`#${i + 1}`} className="h-16 w-16 rounded-lg object-cover ring-1 ring-slate-200" />
            <button
              type="button"
              onClick={() => onChange(value.filter((x) => x !== src))}
              aria-label={fmt(e.remove, { n: i + 1 })}
              className="absolute -top-1.5 -right-1.5 grid h-5 w-5 place-items-center rounded-full bg-slate-700 text-xs text-white hover:bg-red-600"
            >
              ×
            </button>
          </li>
        ))}
        {pending.map((p) => (
          <li
            key={p.key}
            className="grid h-16 w-16 place-items-center rounded-lg bg-slate-100 text-xs text-slate-500 ring-1 ring-slate-200"
            title={p.name}
            aria-busy
          >
            <span role="progressbar" aria-valuenow={p.percent} aria-valuemin={0} aria-valuemax={100}>
              {p.percent}%
            </span>
          </li>
        ))}
        {room > 0 && (
          <li>
            <button
              type="button"
              onClick={() => fileRef.current?.click()}
              className="grid h-16 w-16 place-items-center rounded-lg border border-dashed border-slate-300 text-xs text-slate-500 hover:border-brand-500 hover:text-brand-600"
            >
              {e.upload}
            </button>
          </li>
        )}
      </ul>
      <input
        ref={fileRef}
        type="file"
        accept={accept}
        multiple
        className="sr-only"
        onChange={onFiles}
        aria-label={e.upload}
        data-testid="evidence-file"
      />
      <div className="flex gap-2">
        <Input
          value={link}
          onChange={(ev) => setLink(ev.target.value)}
          onKeyDown={(ev) => {
            if (ev.key === "Enter") {
              ev.preventDefault();
              addLink();
            }
          }}
          placeholder={e.linkPlaceholder}
          aria-label={e.linkPlaceholder}
          inputMode="url"
          className="min-w-0 flex-1"
        />
        <Button size="md" onClick={addLink} disabled={!link.trim()}>
          {e.addLink}
        </Button>
      </div>
      {help && <p className="text-xs text-slate-500">{help}</p>}
      {error && (
        <p role="alert" className="text-xs text-red-600" data-testid="evidence-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
