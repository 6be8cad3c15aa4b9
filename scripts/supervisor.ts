// The processes `npm start` runs (seed, build, web, worker), stopped together on Ctrl-C. Once stopping, nothing new
// starts: run() throws Stopping, so a step that was waiting (for the seed, the build, the web) cannot start the
// next process behind the user's back.
import { type ChildProcess, spawn } from "node:child_process";

/** Thrown by run() once stopping; start.ts unwinds with it quietly. */
export class Stopping extends Error {}

// A child ended by a signal (Ctrl-C reaches every child) has no exit code, only a signal code.
const running = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

/** Resolves with the child's exit code (1 when it ended by a signal), at once when it has already ended. */
export const exitOf = (c: ChildProcess) =>
  new Promise<number>((r) => (running(c) ? c.once("exit", (code) => r(code ?? 1)) : r(c.exitCode ?? 1)));

export function supervisor(opts: { onFailure: (name: string, code: number | null) => void }) {
  const children: ChildProcess[] = [];
  let stopping = false;
  return {
    get stopping() {
      return stopping;
    },
    /** Starts a child sharing our output. A failure of one that must not fail (`mayFail`) is left to the caller. */
    run(cmd: string, args: string[], env: Record<string, string>, name: string, mayFail = false): ChildProcess {
      if (stopping) throw new Stopping();
      const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
      children.push(child);
      child.on("exit", (code) => {
        if (!stopping && code !== 0 && !mayFail) opts.onFailure(name, code);
      });
      return child;
    },
    /** Stops every child (SIGTERM) and waits until all have exited. */
    async stopAll(): Promise<void> {
      stopping = true;
      for (const c of children) if (running(c)) c.kill("SIGTERM");
      await Promise.all(children.map(exitOf));
    },
  };
}
