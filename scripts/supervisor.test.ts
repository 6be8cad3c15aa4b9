// `npm start`'s processes on Ctrl-C: every child is stopped and waited for, and nothing starts afterwards — the
// seed's end no longer starts a worker that outlives `npm start`.
import { expect, test } from "vitest";
import { exitOf, Stopping, supervisor } from "./supervisor";

const node = process.execPath;
const idle = ["-e", "setInterval(() => {}, 1000)"];

test("Ctrl-C during the seed: the seed is stopped and waited for, and the worker is never started", async () => {
  const failures: string[] = [];
  const processes = supervisor({ onFailure: (name) => failures.push(name) });
  const seed = processes.run(node, idle, {}, "seed", true);
  const web = processes.run(node, idle, {}, "web");
  const seedJob = exitOf(seed);
  // start.ts: once the seed exits, the worker is started — unless stopping.
  const afterSeed = seedJob.then(() => processes.run(node, idle, {}, "worker")).catch((e: unknown) => e);

  await processes.stopAll();
  expect(seed.signalCode).toBe("SIGTERM");
  expect(web.signalCode).toBe("SIGTERM");
  expect(await afterSeed).toBeInstanceOf(Stopping);
  expect(processes.stopping).toBe(true);
  // Children stopped on purpose are not failures.
  expect(failures).toEqual([]);
});

test("a child already ended by Ctrl-C (a signal, no exit code) does not keep the stop waiting", async () => {
  const processes = supervisor({ onFailure: () => {} });
  const seed = processes.run(node, ["-e", "process.kill(process.pid, 'SIGINT')"], {}, "seed", true);
  expect(await exitOf(seed)).toBe(1);
  expect(seed.signalCode).toBe("SIGINT");
  await processes.stopAll(); // resolves: nothing left to wait for
  expect(await exitOf(seed)).toBe(1);
});

test("a child that must not fail stops everything when it does; the seed may fail alone", async () => {
  const failures: string[] = [];
  const processes = supervisor({ onFailure: (name) => failures.push(name) });
  await exitOf(processes.run(node, ["-e", "process.exit(3)"], {}, "seed", true));
  await exitOf(processes.run(node, ["-e", "process.exit(2)"], {}, "web"));
  expect(failures).toEqual(["web"]);
  await processes.stopAll();
});
