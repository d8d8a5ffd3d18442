import { createApp } from "@parley/api";
import { parseInvocation } from "../cli/args.ts";
import { describeFailure, runCommand } from "../cli/commands.ts";
import type { DataSource } from "../data/data-source.ts";

/** Runs `parley <argv>` in process over `data` as the entry does; returns the exit code and both streams. */
export async function parley(data: DataSource | (() => Promise<DataSource>), ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const output = {
    out: (t: string) => {
      stdout += `${t}\n`;
    },
    err: (t: string) => {
      stderr += `${t}\n`;
    },
  };
  try {
    const invocation = parseInvocation(argv);
    const code = await runCommand(invocation, typeof data === "function" ? await data() : data, output);
    return { code, stdout, stderr };
  } catch (error) {
    const failure = describeFailure(error);
    return { code: failure.code, stdout, stderr: `${failure.message}\n` };
  }
}

/** The real API in process: the client's requests go straight to `app.request`. */
export function apiInProcess(): typeof fetch {
  const app = createApp();
  return ((input: RequestInfo | URL, init?: RequestInit) => app.request(input, init)) as typeof fetch;
}
