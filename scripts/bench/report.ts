// The benchmark's table, bench/results.json and bench/RESULTS.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

export type Row = {
  measure: string;
  value: string;
  target: string;
  pass: boolean;
  ratio?: string;
  note?: string;
  /** A measurement that explains others (not a target of the issue): not counted, no pass/fail. */
  evidence?: boolean;
};
const mark = (r: Row, yes: string, no: string) => (r.evidence ? "" : r.pass ? yes : no);

export function report(
  rows: Row[],
  meta: { tickets: number; quick: boolean; seconds: number; generatedSeconds: number | null; partial: boolean },
) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const date = new Date().toISOString();
  const targets = rows.filter((r) => !r.evidence);
  const passed = targets.filter((r) => r.pass).length;
  console.log(`\n${"measure".padEnd(58)} ${"value".padEnd(22)} ${"target".padEnd(26)} ratio     pass`);
  for (const r of rows) {
    console.log(
      `${r.measure.padEnd(58)} ${r.value.padEnd(22)} ${r.target.padEnd(26)} ${(r.ratio ?? "").padEnd(9)} ${mark(r, "PASS", "FAIL")}`,
    );
  }
  console.log(`\n${passed}/${targets.length} targets met`);
  if (meta.partial) return; // an --only run prints; the files hold whole runs
  mkdirSync("bench", { recursive: true });
  const results = {
    date,
    machine,
    tickets: meta.tickets,
    quick: meta.quick,
    seconds: meta.seconds,
    generatedSeconds: meta.generatedSeconds,
    rows,
  };
  writeFileSync(
    meta.quick ? "bench/results-quick.json" : "bench/results.json",
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const md = [
    `# Benchmark results${meta.quick ? " (quick run)" : ""}`,
    "",
    `- Date: ${date}`,
    `- Machine: ${machine}`,
    `- Big shop: ${meta.tickets.toLocaleString("en-US")} tickets (plus 9 other shops); database ${meta.generatedSeconds === null ? "reused" : `generated in ${meta.generatedSeconds.toFixed(0)} s`}; run took ${meta.seconds.toFixed(0)} s`,
    `- Command: \`npm run bench${meta.quick ? " -- --quick" : ""}\``,
    "",
    "| measure | value | target | ratio (list: to raw SQL; charts: to the 1/10 shop) | pass |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.target} | ${r.ratio ?? ""} | ${mark(r, "✅", "❌")} |`),
    "",
    `${passed} of ${targets.length} targets met.`,
    ...rows.filter((r) => r.note).map((r) => `\n- ${r.measure}: ${r.note}`),
    "",
  ].join("\n");
  writeFileSync(meta.quick ? "bench/RESULTS-quick.md" : "bench/RESULTS.md", md);
}
