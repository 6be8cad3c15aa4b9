"use client";
import { Dialog } from "../ui/Dialog";
import { useWorkbenchMessages } from "./messages";

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const s = useWorkbenchMessages().shortcuts;
  const rows: [string[], string][] = [
    [["j", "k"], s.move],
    [["Enter"], s.open],
    [["a"], s.approve],
    [["r"], s.reject],
    [["x"], s.select],
    [["/"], s.search],
    [["?"], s.help],
    [["Esc"], s.close],
  ];
  return (
    <Dialog open={open} onClose={onClose} title={s.title} testId="shortcut-help">
      <dl className="space-y-2 text-sm">
        {rows.map(([keys, label]) => (
          <div key={label} className="flex items-center justify-between gap-4">
            <dt className="flex gap-1">
              {keys.map((k) => (
                <kbd
                  key={k}
                  className="min-w-7 rounded-md bg-slate-100 px-1.5 py-0.5 text-center font-mono text-xs ring-1 ring-slate-300"
                >
                  {k}
                </kbd>
              ))}
            </dt>
            <dd className="text-slate-600">{label}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
