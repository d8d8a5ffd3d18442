import { parseArgs } from "node:util";
import { nearest } from "@parley/core";
import { DEFAULT_TIMEOUT_MS } from "../data/timeout.ts";
import { LANGS, type Lang } from "../i18n.ts";
import type { Target } from "../routes.ts";
import { UsageError } from "./usage-error.ts";

/** Beyond ten minutes a stalled API is better reported than waited for. */
const MAX_TIMEOUT_MS = 600_000;

export const COMMANDS = [
  "compare",
  "issues",
  "sources",
  "actors",
  "outcomes",
  "discrepancies",
  "timeline",
  "search",
  "source",
  "mcp",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** What a command line asks for, validated. `command` is undefined for the bare `parley`. */
export interface Invocation {
  command: CommandName | undefined;
  help: boolean;
  version: boolean;
  json: boolean;
  lang: Lang;
  api: string | undefined;
  /** The summit's id; the first registered (the bundled Alaska summit) when not given. */
  summit: string | undefined;
  /** How long to wait for the API, in milliseconds. */
  timeoutMs: number;
  issues: string[] | undefined;
  sides: string[] | undefined;
  actors: string[] | undefined;
  /** The search query or the source id. */
  argument: string | undefined;
}

const COMMON = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  json: { type: "boolean" },
  lang: { type: "string" },
  api: { type: "string" },
  summit: { type: "string" },
  timeout: { type: "string" },
} as const;

const COMPARE = {
  issue: { type: "string", multiple: true },
  sides: { type: "string" },
  actors: { type: "string" },
} as const;

/** Which options each command accepts; the bare `parley` takes the comparison's options too. */
const OPTIONS = {
  none: { ...COMMON, ...COMPARE },
  compare: { ...COMMON, ...COMPARE },
  issues: COMMON,
  sources: COMMON,
  actors: COMMON,
  outcomes: COMMON,
  discrepancies: COMMON,
  timeline: COMMON,
  search: COMMON,
  source: COMMON,
  // The MCP server takes its summit, language and output from each tool call, not the command line.
  mcp: { help: COMMON.help },
} as const;

/** Options written as `--name value`, whose value is not a command. */
const VALUED = new Set(["--lang", "--api", "--summit", "--timeout", "--issue", "--sides", "--actors"]);

const list = (value: string | readonly string[] | undefined): string[] | undefined => {
  if (value === undefined) return undefined;
  const items = (typeof value === "string" ? [value] : value)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  return items;
};

/** Turns node:util's parse errors into a message that names the option and a near one. */
function optionError(error: unknown, command: string | undefined, known: readonly string[]): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
  const where = command ? `parley ${command}` : "parley";
  if (unknown) {
    const near = nearest(unknown.replace(/^-+/, ""), known).map((o) => `--${o}`);
    return new UsageError(
      `Unknown option "${unknown}" for ${where}.${near.length > 0 ? ` Did you mean ${near.join(", ")}?` : ""}`,
      command,
    );
  }
  const missing = /Option '([^']+)' argument missing/.exec(message)?.[1];
  if (missing) return new UsageError(`Option "${missing.split(",").pop()?.trim()}" needs a value.`, command);
  return new UsageError(message.split(".")[0] ?? message, command);
}

/** What the interactive comparison opens on: the sides or actors, and the issues, asked for. */
export function targetOf(invocation: Invocation): Target {
  const issues = invocation.issues ? { issues: invocation.issues } : {};
  if (invocation.actors) return { by: "actor", ids: invocation.actors, ...issues };
  return { by: "side", ...(invocation.sides ? { ids: invocation.sides } : {}), ...issues };
}

export function parseInvocation(argv: readonly string[]): Invocation {
  // The command is the first word that is not an option or an option's value, so that global
  // options may come first: parley --api <url> actors.
  let at = 0;
  while (at < argv.length && (argv[at] as string).startsWith("-")) {
    const option = argv[at] as string;
    at += VALUED.has(option) ? 2 : 1;
  }
  const first = argv[at];
  let command: CommandName | undefined;
  let rest = argv;
  if (first !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(first)) {
      const near = nearest(first, COMMANDS);
      throw new UsageError(
        `Unknown command "${first}".${near.length > 0 ? ` Did you mean ${near.map((c) => `"${c}"`).join(", ")}?` : ""}`,
      );
    }
    command = first as CommandName;
    rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  }
  const options = OPTIONS[command ?? "none"];
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(error, command, Object.keys(options));
  }
  const values = parsed.values as Partial<Record<string, string | string[] | boolean>>;
  const help = values.help === true;
  const lang = (values.lang as string | undefined) ?? "en";
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`Unknown language "${lang}". Use --lang en or --lang id.`, command);
  }
  const timeout = (values.timeout as string | undefined) ?? String(DEFAULT_TIMEOUT_MS);
  const timeoutMs = Number(timeout);
  if (!/^\d+$/.test(timeout) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new UsageError(
      `--timeout takes milliseconds from 1 to ${MAX_TIMEOUT_MS}, e.g. --timeout 10000; not "${timeout}".`,
      command,
    );
  }
  const positionals = parsed.positionals;
  let argument: string | undefined;
  if (command === "search") argument = positionals.join(" ").trim() || undefined;
  else if (command === "source") {
    if (positionals.length > 1)
      throw new UsageError("source takes one source id, e.g. parley source 003", command);
    argument = positionals[0];
  } else if (positionals.length > 0) {
    throw new UsageError(`Unexpected argument "${positionals[0]}".`, command);
  }
  if (!help && command === "search" && argument === undefined) {
    throw new UsageError("search needs a query, e.g. parley search gencatan senjata", command);
  }
  if (!help && command === "source" && argument === undefined) {
    throw new UsageError("source needs a source id, e.g. parley source 003", command);
  }
  const sides = list(values.sides as string | undefined);
  const actors = list(values.actors as string | undefined);
  if (sides && actors) throw new UsageError("Use --sides or --actors, not both.", command);
  return {
    command,
    help,
    version: values.version === true,
    json: values.json === true,
    lang: lang as Lang,
    api: values.api as string | undefined,
    summit: values.summit as string | undefined,
    timeoutMs,
    issues: list(values.issue as string[] | undefined),
    sides,
    actors,
    argument,
  };
}
