/**
 * A launchctl stand-in behind the CommandRunner seam: it models one service (loaded, running) the
 * way launchctl reports it, including the errors real launchctl gives, and records every call.
 */
import type { CommandResult, CommandRunner } from "../../src/bridge/agent";

export interface LaunchctlDouble {
  run: CommandRunner;
  calls: string[];
  state: { loaded: boolean; running: boolean; pid: number };
  /** Makes the next n bootstraps fail as launchctl does while a bootout is still finishing. */
  failBootstraps(n: number): void;
  /** Makes the next call of `verb` answer `result` and change nothing (a refused or racing call). */
  failNext(verb: string, result: CommandResult): void;
}

const ok = (stdout = ""): CommandResult => ({ code: 0, stdout, stderr: "" });
const fail = (code: number, stderr: string): CommandResult => ({ code, stdout: "", stderr });

export function launchctlDouble(initial: Partial<LaunchctlDouble["state"]> = {}): LaunchctlDouble {
  const state = { loaded: false, running: false, pid: 4242, ...initial };
  const calls: string[] = [];
  let bootstrapFailures = 0;
  const scripted = new Map<string, CommandResult>();
  const run: CommandRunner = async (command, args) => {
    calls.push([command, ...args].join(" "));
    if (command !== "/bin/launchctl") return fail(127, `${command}: not found`);
    const [verb] = args;
    const answer = scripted.get(verb);
    if (answer) {
      scripted.delete(verb);
      return answer;
    }
    switch (verb) {
      case "print":
        if (!state.loaded) return fail(113, `Could not find service "${args[1]}" in domain for user gui`);
        return ok(
          `${args[1]} = {\n\tactive count = 1\n\tstate = ${state.running ? "running" : "not running"}\n${
            state.running ? `\tpid = ${state.pid}\n` : ""
          }}\n`,
        );
      case "bootstrap":
        if (bootstrapFailures > 0) {
          bootstrapFailures--;
          return fail(5, "Bootstrap failed: 5: Input/output error");
        }
        if (state.loaded) return fail(5, "Bootstrap failed: 5: Input/output error");
        state.loaded = true;
        state.running = true; // RunAtLoad
        return ok();
      case "bootout":
        if (!state.loaded) return fail(3, "Boot-out failed: 3: No such process");
        state.loaded = false;
        state.running = false;
        return ok();
      case "kickstart":
        if (!state.loaded) return fail(113, "Could not find service");
        state.running = true;
        return ok();
      default:
        return fail(64, `unknown verb ${verb}`);
    }
  };
  return {
    run,
    calls,
    state,
    failBootstraps: (n) => void (bootstrapFailures = n),
    failNext: (verb, result) => void scripted.set(verb, result),
  };
}
