import type * as ChildProcess from "node:child_process";

/**
 * Stands in for node:child_process in terminal-size (scripts/build.mjs). Ink loads terminal-size
 * as it loads, and terminal-size loaded child_process with it (and net, dgram and the rest: ~5 ms
 * of every start) for one question, put to `tput` or `resize` only when a terminal does not
 * report its size. The module is now loaded when that question is asked.
 */
export const execFileSync = ((...args: unknown[]) =>
  Reflect.apply(
    process.getBuiltinModule("node:child_process").execFileSync,
    undefined,
    args,
  )) as typeof ChildProcess.execFileSync;
