import { InvalidQueryError, UnknownIdError } from "@parley/core";
import pkg from "../../package.json" with { type: "json" };
import type { DataSource } from "../data/data-source.ts";
import { InvalidApiUrlError, RemoteUnavailableError } from "../data/remote-error.ts";
import { Names } from "../describe.ts";
import type { Invocation } from "./args.ts";
import { helpFor } from "./help.ts";
import {
  printActors,
  printComparison,
  printDiscrepancies,
  printIssues,
  printOutcomes,
  printSearch,
  printSource,
  printSources,
  printTimeline,
} from "./print.ts";
import { UsageError } from "./usage-error.ts";

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Runs a printing command; the bare `parley` without a terminal prints the comparison. */
async function print(invocation: Invocation, data: DataSource, output: Output): Promise<void> {
  const { lang, json } = invocation;
  const emit = (value: unknown, text: (names: Names) => string | Promise<string>) =>
    json
      ? output.out(JSON.stringify(value, null, 2))
      : Promise.all([data.actors(), data.sources()]).then(async ([actors, sources]) =>
          output.out(await text(new Names(actors, sources))),
        );
  switch (invocation.command ?? "compare") {
    case "compare": {
      const comparison = await data.compare({
        issues: invocation.issues,
        sides: invocation.sides,
        actors: invocation.actors,
      });
      const summit = await data.summit();
      return emit(comparison, (names) => printComparison(summit, comparison, names, lang));
    }
    case "issues": {
      const issues = await data.issues();
      return emit(issues, () => printIssues(issues, lang));
    }
    case "sources": {
      // The list as the API gives it, whatever the data source: names and notes, not the texts.
      const sources = (await data.sources()).map(({ id, title, outletId, notes }) => ({
        id,
        title,
        ...(outletId ? { outletId } : {}),
        notes,
      }));
      return emit(sources, (names) => printSources(sources, names));
    }
    case "actors": {
      const actors = await data.actors();
      return emit(actors, (names) => printActors(actors, names, lang));
    }
    case "outcomes": {
      const outcomes = await data.outcomes();
      return emit(outcomes, (names) => printOutcomes(outcomes, names, lang));
    }
    case "discrepancies": {
      const discrepancies = await data.discrepancies();
      return emit(discrepancies, (names) => printDiscrepancies(discrepancies, names, lang));
    }
    case "timeline": {
      const events = await data.timeline();
      return emit(events, (names) => printTimeline(events, names, lang));
    }
    case "search": {
      const query = invocation.argument ?? "";
      const hits = await data.search(query, 20);
      return emit(hits, (names) => printSearch(query, hits, names, lang));
    }
    case "source": {
      const view = await data.source(invocation.argument ?? "");
      return emit(view, (names) => printSource(view, names, lang));
    }
  }
}

const LISTS: Record<string, string> = {
  issue: "parley issues lists the issue ids",
  side: "sides are states and alliances; parley actors lists them",
  actor: "parley actors lists the actor ids",
  source: "a source is named by its number or its full id; parley sources lists them",
};

/** Every message reads the same way after its prefix: "parley: unknown side …", not "Unknown". */
const sentence = (message: string) => message.charAt(0).toLowerCase() + message.slice(1);

/** The options of `compare`, whose invalid values the core reports as InvalidQueryError. */
const COMPARE_PARAMETERS = new Set(["sides", "actors", "issues"]);

/** The message and exit code for a failure: 2 for a command line to fix, 1 for anything else. */
export function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof UsageError || error instanceof InvalidApiUrlError) {
    const more =
      error instanceof UsageError && error.command ? `parley ${error.command} --help` : "parley --help";
    return { message: `parley: ${sentence(error.message)}\nSee ${more}.`, code: 2 };
  }
  if (error instanceof UnknownIdError) {
    const suggestions =
      error.suggestions.length > 0
        ? ` Did you mean ${error.suggestions.map((s) => `"${s}"`).join(", ")}?`
        : "";
    const hint = LISTS[error.kind];
    return {
      message: `parley: unknown ${error.kind} "${error.id}".${suggestions}${hint ? `\n(${hint}.)` : ""}`,
      code: 2,
    };
  }
  if (error instanceof InvalidQueryError) {
    const more = COMPARE_PARAMETERS.has(error.parameter) ? "parley compare --help" : "parley --help";
    return { message: `parley: ${sentence(error.message)}\nSee ${more}.`, code: 2 };
  }
  if (error instanceof RemoteUnavailableError) return { message: `parley: ${error.message}`, code: 1 };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `parley: unexpected failure: ${message}`, code: 1 };
}

/** Prints the help or the command's output; returns the exit code. Never throws. */
export async function runCommand(invocation: Invocation, data: DataSource, output: Output): Promise<number> {
  if (invocation.help) {
    output.out(helpFor(invocation.command));
    return 0;
  }
  if (invocation.version) {
    output.out(`parley ${pkg.version}`);
    return 0;
  }
  try {
    await print(invocation, data, output);
    return 0;
  } catch (error) {
    const failure = describeFailure(error);
    output.err(failure.message);
    return failure.code;
  }
}
