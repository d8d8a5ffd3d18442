import { getSummit } from "@parley/core";
import { parseInvocation, targetOf } from "./cli/args.ts";
import { describeFailure, runCommand } from "./cli/commands.ts";
import type { DataSource } from "./data/data-source.ts";
import { DEFAULT_SUMMIT_ID, embeddedData } from "./data/embedded.ts";

/**
 * `parley`: the terminal UI in a terminal, printed output otherwise (a subcommand, --json,
 * --help, no TTY, or TERM=dumb). Failures print a message, never a stack trace, and set the exit code.
 */
async function main(argv: readonly string[]): Promise<number> {
  const output = {
    out: (text: string) => void process.stdout.write(`${text}\n`),
    err: (text: string) => void process.stderr.write(`${text}\n`),
  };
  let invocation: ReturnType<typeof parseInvocation>;
  let data: DataSource;
  try {
    invocation = parseInvocation(argv);
    if (invocation.command === "mcp" && !invocation.help) {
      await (await loadMcp()).serveMcpOverStdio();
      return 0;
    }
    // The client and its schemas load only for --api: embedded startup does not pay for them.
    data = invocation.api
      ? await (await import("./data/remote.ts")).remoteData(invocation.api, {
          timeoutMs: invocation.timeoutMs,
          ...(invocation.summit ? { summitId: invocation.summit } : {}),
        })
      : embeddedData(getSummit(invocation.summit ?? DEFAULT_SUMMIT_ID));
  } catch (error) {
    const failure = describeFailure(error);
    output.err(failure.message);
    return failure.code;
  }
  // A dumb terminal cannot draw a full screen: print, as git and less do.
  const interactive =
    invocation.command === undefined &&
    process.env.TERM !== "dumb" &&
    !invocation.help &&
    !invocation.json &&
    process.stdout.isTTY === true &&
    process.stdin.isTTY === true;
  if (!interactive) return runCommand(invocation, data, output);
  // Check the comparison before drawing, so a bad --sides is a message, not a broken screen.
  try {
    await data.compare({ sides: invocation.sides, actors: invocation.actors, issues: invocation.issues });
  } catch (error) {
    const failure = describeFailure(error);
    output.err(failure.message);
    return failure.code;
  }
  const { runInteractive } = await loadInteractive();
  await runInteractive(data, invocation.lang, targetOf(invocation));
  return 0;
}

/** The UI, loaded only to draw. */
const loadInteractive = () => import("./interactive.tsx");

/** The MCP server, a bundle of its own (scripts/build.mjs): the TUI's start never parses the SDK. */
const loadMcp = () => import("./mcp.ts");

/** Runs `parley` with these arguments and sets the exit code; what the bin (bin.ts) calls. */
export function run(argv: readonly string[]): void {
  // A closed pipe (parley actors | head) is not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${describeFailure(error).message}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * Runs what a start runs, once, without a terminal: the build calls it to record the compiled
 * code for the code cache (code-cache.ts). Prints nothing.
 */
export async function warmUp(): Promise<void> {
  const data = embeddedData();
  await runCommand(parseInvocation(["compare"]), data, { out: () => {}, err: () => {} });
  const { drawOnce } = await loadInteractive();
  await drawOnce(data);
}
